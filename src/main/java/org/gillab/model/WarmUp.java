package org.gillab.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Brings the model to the speed it keeps before anything is timed. The model is a Java program: a
 * fresh JVM interprets the eval loop, then compiles it, first quickly (C1, with profiling) and then well
 * (C2), on compiler threads that take a core of their own while they work; and compiled code that meets
 * a path its profile never saw (the first contended lock, the first call) is thrown away and compiled
 * again. CPython has no JIT, so its first run is as fast as its last; a timing that catches the model
 * before its eval loop is compiled for good, or while the compiler still runs beside it, compares with
 * nothing.
 *
 * <p>So every process that times the model (a {@code gil-lab run}, a pool worker, the lab's timing
 * processes) first runs the same warm-up program in an interpreter made like the ones it will time (same
 * lock kind, intervals and version profile): the countdown on one thread, the countdown on two threads
 * that contend for the lock, a few thousand calls, and a module that uses every instruction (compiled
 * afresh in each small round, as a program's modules are new code: warm_up_variety.py says why). Small
 * rounds first, so that the profile has seen every path before the C2 compiler uses it; then larger
 * rounds, after each of which it waits (asleep) for the compiler threads to go idle. It stops at the
 * first round during which the JIT compiled nothing: the code later runs use is then compiled as far
 * as it goes, and the compiler is idle.
 */
public final class WarmUp {
    /**
     * The two-thread part shortens the switch interval so that even a short round hands the lock over, and
     * its threads also read objects the main thread made (free-threading's shared reference counts). The
     * variety runs first in each round, so that its paths have run (and their classes are resolved)
     * before the eval loop is hot enough to be compiled: C2 leaves out, behind a trap, code whose classes
     * were unresolved when it compiled, and a program would take that trap inside its timed work.
     */
    static final String PROGRAM = """
            import sys
            import threading

            def countdown(n):
                while n > 0:
                    n -= 1

            def add(a, b):
                return a + b

            def calls(n):
                total = 0
                for i in range(n):
                    total = add(total, i)
                return total

            def shared_reads(items, n):
                for i in range(n):
                    item = items[i % 3]

            def thread_work(n, items):
                shared_reads(items, n // 100)
                countdown(n)

            def contended(n):
                sys.setswitchinterval(0.0005)
                items = [1.5, [2], object()]
                threads = [threading.Thread(target=thread_work, args=(n // 2, items)) for i in range(2)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()

            def round(n, c):
                variety(c // 50 + 5)
                countdown(n)
                contended(n)
                calls(c)
            """;
    /** Defines variety(n), which uses every instruction; see the module's docstring. */
    static final String VARIETY = resource("warm_up_variety.py");
    private static final long COUNT = 200_000;
    private static final long CALLS = 2_000;
    /** Rounds at a 50th of the size that run before the others: coverage for the profile. */
    private static final int SMALL_ROUNDS = 5;
    /** The first rounds always run; then one with no JIT activity ends the warm-up. */
    private static final int MIN_ROUNDS = 2;
    /** The compiler counts as idle once its threads have used no CPU for this long. */
    private static final Duration IDLE = Duration.ofMillis(60);
    private static final Duration POLL = Duration.ofMillis(10);
    /** Even a loaded machine compiles the eval loop in this time; stop there and say so. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    /**
     * What a warm-up did: how many rounds, how long they took, the CPU time the JIT's compiler threads
     * used meanwhile, and whether it ended because the compiler had gone quiet (not because of the limit).
     */
    public record Report(int rounds, Duration elapsed, Duration compilerCpu, boolean steady) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "model warm-up %.2f s: %d rounds, JIT compiler threads %.2f s of CPU%s",
                    elapsed.toNanos() / 1e9, rounds, compilerCpu.toNanos() / 1e9,
                    steady ? ", then idle" : ", still compiling when it stopped after " + LIMIT.toSeconds() + " s");
        }
    }

    private WarmUp() {}

    /**
     * Runs the warm-up program in an interpreter from {@code interpreters} (made, then closed, for the
     * warm-up alone) until a round passes with the JIT idle.
     */
    public static Report untilSteady(Supplier<Interpreter> interpreters) {
        try (InRounds warmUp = new InRounds(interpreters)) {
            while (warmUp.next()) {
                // each round waits for the JIT itself
            }
            return warmUp.finish();
        }
    }

    /**
     * The warm-up a round at a time, for a caller that runs it in pieces between other work (the kernel
     * runs it between cells, so that a notebook's first {@code %%python} cell does not wait for it). The
     * limit counts the time spent in rounds, not the time between them.
     */
    public static final class InRounds implements AutoCloseable {
        private final JitActivity jit = JitActivity.of();
        private final long compilerStart = jit.cpuNanos();
        private final Interpreter py;
        private long busyNanos;
        private int rounds;
        private boolean steady;
        private boolean closed;

        /** Makes the warm-up's interpreter (closed by {@link #close}) and loads the program into it. */
        public InRounds(Supplier<Interpreter> interpreters) {
            long start = System.nanoTime();
            py = interpreters.get();
            // nothing of the warm-up is the program's to see: under the unsafe kind its two threads' racing
            // counts can even break the list they share, and their tracebacks went to the program's stderr
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            py.setStdout(nowhere);
            py.setStderr(nowhere);
            py.exec(PROGRAM, "<warm-up>");
            busyNanos = System.nanoTime() - start;
        }

        /**
         * Runs the next round; after a full-size round that set the JIT compiling, waits for the compiler
         * to go idle. Returns whether more rounds are due: false once a round passed with the JIT idle, or
         * once the rounds have taken {@link #LIMIT}.
         */
        public boolean next() {
            if (!due()) {
                return false;
            }
            long start = System.nanoTime();
            if (rounds < SMALL_ROUNDS) {
                py.exec(VARIETY, "<warm-up variety>");
                py.call("round", COUNT / 50, CALLS / 50);
                rounds++;
            } else {
                long before = jit.cpuNanos();
                py.call("round", COUNT, CALLS);
                rounds++;
                steady = jit.cpuNanos() == before && rounds >= SMALL_ROUNDS + MIN_ROUNDS;
                if (!steady) {
                    awaitIdle(jit, start + LIMIT.toNanos() - busyNanos);
                }
            }
            busyNanos += System.nanoTime() - start;
            return due();
        }

        private boolean due() {
            return !steady && busyNanos < LIMIT.toNanos();
        }

        /**
         * Closes the interpreter and collects what the warm-up left behind (the first young collection
         * after it would otherwise copy it, about 30 ms inside the first timed run, where the others take
         * 1 ms); says what the warm-up did.
         */
        public Report finish() {
            close();
            System.gc();
            return new Report(rounds, Duration.ofNanos(busyNanos), Duration.ofNanos(jit.cpuNanos() - compilerStart), steady);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                py.close();
            }
        }
    }

    /**
     * Waits (asleep, at most {@link #LIMIT}) until the JIT's compiler threads have gone quiet: after new
     * code was compiled and run for the first time (a program loaded into a warm pool worker), the
     * compilations it set off would otherwise run beside the first timed work and take a core from it.
     */
    public static void settle() {
        settle(LIMIT);
    }

    /**
     * {@link #settle()}, then a collection of what was just loaded, as {@link InRounds#finish} collects after the
     * warm-up: a pool worker's loaded program (11 MB of modules) was otherwise copied by the first young
     * collections inside its first task, 35-100 ms of a 300 ms countdown.
     */
    public static void settleAndCollect() {
        settle();
        System.gc();
    }

    /** {@link #settle()}, waiting at most {@code limit}. */
    public static void settle(Duration limit) {
        awaitIdle(JitActivity.of(), System.nanoTime() + limit.toNanos());
    }

    private static String resource(String name) {
        try (InputStream in = WarmUp.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the jar lacks org/gillab/model/" + name, e);
        }
    }

    /**
     * Sleeps until the compiler threads have been idle for {@link #IDLE} (or the deadline has passed): the
     * next round then runs compiled code, and the compiling cost no CPU of ours.
     */
    private static void awaitIdle(JitActivity jit, long deadline) {
        long last = jit.cpuNanos();
        long idleSince = System.nanoTime();
        while (System.nanoTime() - idleSince < IDLE.toNanos() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL.toNanos());
            long now = jit.cpuNanos();
            if (now != last) {
                last = now;
                idleSince = System.nanoTime();
            }
        }
    }

    /**
     * How much the JIT has worked so far. On Linux, the CPU time of the compiler threads (from
     * /proc/self/task), which grows while a compilation runs; elsewhere the JVM's total compilation
     * time, which grows when one ends.
     */
    @FunctionalInterface
    interface JitActivity {
        long cpuNanos();

        static JitActivity of() {
            Path tasks = Path.of("/proc/self/task");
            if (Files.isDirectory(tasks)) {
                return () -> compilerThreadsCpu(tasks);
            }
            CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
            return () -> compilation.getTotalCompilationTime() * 1_000_000;
        }

        /** utime + stime of the threads named "C1 CompilerThre…"/"C2 CompilerThre…", in clock ticks as nanoseconds. */
        private static long compilerThreadsCpu(Path tasks) {
            long ticks = 0;
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
                for (Path thread : threads) {
                    try {
                        String stat = Files.readString(thread.resolve("stat"));
                        int nameEnd = stat.lastIndexOf(')');
                        if (stat.substring(stat.indexOf('(') + 1, nameEnd).contains("CompilerThre")) {
                            String[] fields = stat.substring(nameEnd + 2).split(" ");
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                        }
                    } catch (IOException | RuntimeException ended) {
                        // the thread ended while we looked: its time no longer changes
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        }
    }
}
