package org.gillab.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonThread;
import org.gillab.model.gil.GilKind;
import org.gillab.pool.AsyncResult;
import org.gillab.pool.ProcessPool;

/**
 * The seed's countdown on the model, timed from Java, in each of the ways the experiments compare:
 * one thread, N threads of one interpreter (under any lock kind), N interpreters each with its own
 * lock (PEP 684), and a pool of N worker processes. The total work is always {@code count}
 * decrements, split as the seed splits it (COUNT // N per worker).
 */
final class ModelRuns {
    static final String COUNTDOWN = """
            def countdown(n):
                while n > 0:
                    n -= 1
            """;

    /** Wall time and lock hand-offs of one run (hand-offs: -1 where nothing counts them). */
    record Timing(double seconds, long handoffs) {
    }

    private ModelRuns() {}

    /** The countdown on the calling thread, as a program's main thread runs it. */
    static Timing oneThread(GilKind kind, long count) {
        try (Interpreter py = interpreter(kind, Duration.ofMillis(5), 0)) {
            long start = System.nanoTime();
            py.call("countdown", count);
            return new Timing(seconds(start), py.gilStats().handoffs());
        }
    }

    static Timing threads(GilKind kind, int workers, long count) throws InterruptedException {
        try (Interpreter py = interpreter(kind, Duration.ofMillis(5), 0)) {
            return threads(py, workers, count);
        }
    }

    /** N Python threads of {@code py}, each counting its share down; the lock counters start afresh. */
    static Timing threads(Interpreter py, int workers, long count) throws InterruptedException {
        py.resetGilStats();
        long start = System.nanoTime();
        List<PythonThread> started = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            started.add(py.startThread("countdown", share(count, workers, i)));
        }
        for (PythonThread thread : started) {
            thread.join();
            if (thread.failure() != null) {
                throw thread.failure();
            }
        }
        return new Timing(seconds(start), py.gilStats().handoffs());
    }

    /** N interpreters, each with its own GIL, heap and one thread: PEP 684's per-interpreter GIL. */
    static Timing interpreters(int workers, long count) throws InterruptedException {
        List<Interpreter> interpreters = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (int i = 0; i < workers; i++) {
                Interpreter py = interpreter(GilKind.NEW, Duration.ofMillis(5), 0);
                interpreters.add(py);
                long share = share(count, workers, i);
                CompletableFuture<Void> finished = new CompletableFuture<>();
                done.add(finished);
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                        py.call("countdown", share);
                        finished.complete(null);
                    } catch (Throwable e) {
                        finished.completeExceptionally(e);
                    }
                }, "interpreter-" + (i + 1));
                thread.start();
                threads.add(thread);
            }
            long start = System.nanoTime();
            go.countDown();
            for (CompletableFuture<Void> finished : done) {
                finished.join();
            }
            return new Timing(seconds(start), 0);
        } finally {
            threads.forEach(Thread::interrupt);
            for (Thread thread : threads) {
                thread.join();
            }
            interpreters.forEach(Interpreter::close);
        }
    }

    /**
     * Pool(N): N tasks at once on a pool of at least N processes, started (warm, see WarmUp, with COUNTDOWN
     * loaded) beforehand, as the seed leaves start-up out. Each task goes to an idle worker of its own, so
     * N processes work and the rest of the pool sleeps.
     */
    static Timing pool(ProcessPool pool, int processes, long count) {
        if (processes > pool.processes()) {
            throw new IllegalArgumentException("Pool(" + processes + ") needs " + processes + " processes; the pool has " + pool.processes());
        }
        long start = System.nanoTime();
        List<AsyncResult> results = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            results.add(pool.applyAsync(COUNTDOWN, "countdown", share(count, processes, i)));
        }
        results.forEach(AsyncResult::get);
        return new Timing(seconds(start), -1);
    }

    static Interpreter interpreter(GilKind kind, Duration switchInterval, int timeline) {
        Interpreter py = Interpreter.builder().gil(kind).switchInterval(switchInterval).timeline(timeline).build();
        py.exec(COUNTDOWN, "countdown.py");
        return py;
    }

    /** The seed splits COUNT as COUNT // N per worker; the remainder goes to the first, so no work is lost. */
    static long share(long count, int workers, int index) {
        return count / workers + (index == 0 ? count % workers : 0);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
