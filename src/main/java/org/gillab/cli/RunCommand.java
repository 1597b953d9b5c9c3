package org.gillab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gillab.model.FatalError;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonException;
import org.gillab.model.WarmUp;
import org.gillab.pool.ProcessMachinery;
import org.gillab.pool.ProcessPool;
import org.gillab.pool.WarmWorkers;

/**
 * The "run" sub-command: {@code python FILE.py ARGS...} on the model. Prints what the program prints;
 * an uncaught exception prints a Python traceback on stderr and exits 1; SystemExit(n) exits n; a
 * program the compiler rejects prints CPython's SyntaxError report and exits 1; bad options exit 2.
 *
 * <p>Before the program starts, the model warms up to steady state under the program's settings
 * ({@link WarmUp}), so that what the program times (the seed's {@code time.time()} around its work) is
 * the model's lasting speed, as a CPython program's timing is. A program that uses multiprocessing gets
 * one warm worker JVM per core started beside that warm-up ({@link WarmWorkers}), so that its pools and
 * processes start as fast as CPython's forks instead of timing a JVM's warm-up. {@code --stats} reports
 * that start-up, and the pools' that did not find warm workers, beside the lock's and the heap's counters.
 */
final class RunCommand {
    private RunCommand() {}

    static final String USAGE = """
            usage: gil-lab run [--gil new|old|free|unsafe] [--switch-interval SECONDS] [--check-interval N]
                               [--profile 3.9|3.11] [--stats] [--no-warm-up] FILE.py [ARGS...]
            """;

    static int run(String[] args) {
        Interpreter.Builder builder = Interpreter.builder();
        boolean stats = false;
        boolean warm = true;
        int i = 0;
        try {
            for (; i < args.length && args[i].startsWith("--"); i++) {
                switch (args[i]) {
                    case "--gil" -> builder.gil(value(args, ++i));
                    case "--switch-interval" -> builder.switchInterval(Duration.ofNanos((long) (seconds(value(args, ++i)) * 1e9)));
                    case "--check-interval" -> builder.checkInterval(Integer.parseInt(value(args, ++i)));
                    case "--profile" -> builder.profile(value(args, ++i));
                    case "--stats" -> stats = true;
                    case "--no-warm-up" -> {
                        warm = false;
                        builder.warmProcesses(false);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("gil-lab run: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        if (i >= args.length) {
            System.err.print(USAGE);
            return 2;
        }
        Path file = Path.of(args[i]);
        String[] argv = Arrays.copyOfRange(args, i + 1, args.length);
        Interpreter py;
        try {
            py = builder.build();
        } catch (IllegalArgumentException e) {
            System.err.println("gil-lab run: " + e.getMessage());
            return 2;
        } catch (FatalError e) {
            System.err.print(e.report());
            return 1;
        }
        Duration javaStartup = Duration.between(SerialCollector.javaStarted(), Instant.now());
        WarmUp.Report warmUp = null;
        int warmWorkers = 0;
        try {
            if (warm) {
                WarmWorkers kept = startWarmWorkers(file, argv, py);
                warmUp = WarmUp.untilSteady(builder::build);
                if (kept != null) {
                    ProcessMachinery.prepare(py); // for the program's own import multiprocessing and first Process
                }
                warmWorkers = kept == null ? 0 : kept.awaitReady(WARM_WORKERS_TIMEOUT);
            }
        } catch (PythonException | IllegalStateException | InterruptedException failed) {
            py.close();
            if (failed instanceof PythonException e && !e.is("KeyboardInterrupt")) {
                // the warm-up runs the model's own code only: an error there is ours, not the program's
                System.err.print("gil-lab run: the model failed while warming up, before running " + file
                        + " (a bug in GIL Lab: please report it)\n" + e.traceback());
                return 1;
            }
            System.err.println("KeyboardInterrupt (while the model warmed up)");
            return 130;
        }
        py.resetGilStats(); // --stats: the program's lock, not the warm-up's wait
        try {
            return py.runMain("gil-lab run", file, argv);
        } finally {
            if (stats) {
                System.err.println(startup(javaStartup, warmUp, warmWorkers));
                System.err.println(py.gilStats());
                System.err.println(py.heapStats());
            }
            py.close();
        }
    }

    /** Uses multiprocessing (or concurrent.futures' process pool): its pools will want warm workers. */
    private static final Pattern STARTS_PROCESSES = Pattern.compile("\\b(multiprocessing|ProcessPoolExecutor)\\b");
    /** How long the program waits for the warm workers after its own warm-up, at most. */
    private static final Duration WARM_WORKERS_TIMEOUT = Duration.ofSeconds(60);

    /**
     * One warm worker per core for a program that starts processes (its source says so), each with the
     * program loaded; null for others.
     */
    private static WarmWorkers startWarmWorkers(Path file, String[] argv, Interpreter py) {
        try {
            if (STARTS_PROCESSES.matcher(Files.readString(file)).find()) {
                WarmWorkers kept = WarmWorkers.of(py);
                kept.startLoading(Runtime.getRuntime().availableProcessors(), file, List.of(argv));
                return kept;
            }
        } catch (IOException | RuntimeException unreadable) {
            // runMain reports a missing or unreadable file; without warm workers, pools start their own
        }
        return null;
    }

    /**
     * The start-up costs the program's own timings leave out, as CPython's start and Pool() start-up are;
     * {@code warmUp} is null under --no-warm-up, whose timings include the JIT's warm-up.
     */
    private static String startup(Duration javaStartup, WarmUp.Report warmUp, int warmWorkers) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "start-up, before the program's own timings: Java %.2f s, %s", javaStartup.toNanos() / 1e9,
                warmUp == null ? "no model warm-up (--no-warm-up: the program's timings include the JIT's)" : warmUp));
        if (warmWorkers > 0) {
            out.append(String.format(Locale.ROOT, "%n%d warm worker JVMs for the program's pools and processes, warmed up "
                    + "beside it, each with the program loaded", warmWorkers));
        }
        for (ProcessPool.Startup pool : ProcessPool.startups()) {
            out.append(String.format(Locale.ROOT, "%nPool(%d): ready in %.2f s (its workers taken warm or started and warmed up, then loading the program)",
                    pool.processes(), pool.time().toNanos() / 1e9));
        }
        return out.toString();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static double seconds(String text) {
        try {
            double s = Double.parseDouble(text);
            if (!(s > 0)) {
                throw new IllegalArgumentException("--switch-interval must be positive, got " + text);
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--switch-interval takes seconds, e.g. 0.005; got " + text);
        }
    }
}
