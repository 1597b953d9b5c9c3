package org.gillab.pool;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Interpreter;

/**
 * Worker JVMs kept warm between pools (as {@code gil-lab run} enables for a program that uses
 * multiprocessing, and the kernel for its %%python cells). CPython's Pool(2) and Process start in
 * milliseconds (a fork); a worker JVM takes seconds to reach the model's steady speed, so a program that
 * times {@code with Pool(2) as pool:} would time our JIT instead of its work. So {@code run} starts
 * workers beside the main interpreter's own warm-up, before the program runs, and a pool takes them;
 * when a pool ends, its idle workers come back here with their programs forgotten (a fresh interpreter in
 * a warm JVM, as a fresh fork is a fresh process) instead of exiting, at most {@link #KEPT} of them, kept
 * by their settings (lock kind, intervals, profile). Their pids therefore repeat from one pool to the
 * next, where CPython's differ. Workers not taken die with this JVM, as every worker does.
 */
public final class WarmWorkers {
    private static final WarmWorkers INSTANCE = new WarmWorkers();

    /** At most this many idle workers are kept (each a JVM of a hundred-odd MB): a Pool() of every core, or 8. */
    static final int KEPT = Math.max(8, Runtime.getRuntime().availableProcessors());

    private final List<WorkerProcess> waiting = new ArrayList<>();
    /** Each kept worker's settings: a pool takes only workers run as it wants them. */
    private final Map<WorkerProcess, WorkerOptions> settings = new HashMap<>();
    private final WorkerProcess.Events events = new Waiting();
    /** Until enabled, pools start their own workers and stop them at their end, as before. */
    private boolean enabled;

    private WarmWorkers() {}

    /**
     * Starts {@code count} workers run the way {@code like} runs (its lock, intervals and profile), and
     * keeps pools' idle workers from now on.
     */
    public static void start(Interpreter like, int count) throws IOException {
        INSTANCE.startWorkers(WorkerOptions.like(like), count);
    }

    /** Keeps pools' idle workers from now on, starting none ahead. */
    public static void keepBetweenPools() {
        synchronized (INSTANCE) {
            INSTANCE.enabled = true;
        }
    }

    /**
     * Waits until every worker kept here is ready (warmed up), at most {@code timeout}: the program must
     * not share the CPU with their warm-up. Returns how many are ready.
     */
    public static int awaitReady(Duration timeout) throws InterruptedException {
        return INSTANCE.awaitAllReady(timeout);
    }

    /** A kept worker of these settings, now reporting to {@code owner}; null when there is none. */
    static WorkerProcess take(WorkerOptions wanted, WorkerProcess.Events owner) {
        WorkerProcess worker = INSTANCE.remove(wanted);
        if (worker != null) {
            worker.handTo(owner);
        }
        return worker;
    }

    /**
     * Takes an idle worker of a pool that ended; false when none are kept here (then the pool stops it as
     * before) or it could not be reset.
     */
    static boolean giveBack(WorkerProcess worker, WorkerOptions settings) {
        return INSTANCE.keep(worker, settings);
    }

    private synchronized void startWorkers(WorkerOptions options, int count) throws IOException {
        enabled = true;
        for (int i = 0; i < count; i++) {
            add(WorkerProcess.start(options, events), options);
        }
    }

    private void add(WorkerProcess worker, WorkerOptions options) {
        waiting.add(worker);
        settings.put(worker, options);
    }

    private void forget(WorkerProcess worker) {
        waiting.remove(worker);
        settings.remove(worker);
    }

    private synchronized int awaitAllReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readyCount() < waiting.size() && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return readyCount();
    }

    private int readyCount() {
        return (int) waiting.stream().filter(WorkerProcess::isReady).count();
    }

    private synchronized WorkerProcess remove(WorkerOptions wanted) {
        List<WorkerProcess> matching = waiting.stream().filter(w -> wanted.equals(settings.get(w))).toList();
        if (matching.isEmpty()) {
            return null;
        }
        // a ready one first: the pool is ready the sooner
        WorkerProcess chosen = matching.stream().filter(WorkerProcess::isReady).findFirst().orElse(matching.get(0));
        forget(chosen);
        return chosen;
    }

    private boolean keep(WorkerProcess worker, WorkerOptions options) {
        synchronized (this) {
            if (!enabled || waiting.size() >= KEPT) {
                return false;
            }
            add(worker, options);
        }
        worker.handTo(events);
        try {
            worker.reset();
            return true;
        } catch (IOException dying) {
            synchronized (this) {
                forget(worker);
            }
            return false;
        }
    }

    /** The reports of workers kept here: they run nothing, so only readiness and death matter. */
    private final class Waiting implements WorkerProcess.Events {
        @Override
        public void ready(WorkerProcess worker) {
            synchronized (WarmWorkers.this) {
                WarmWorkers.this.notifyAll();
            }
        }

        @Override
        public void printed(WorkerProcess worker, Task task, Message.Output output) {
            Console.SYSTEM.write(output.stream(), output.bytes());
        }

        @Override
        public void answered(WorkerProcess worker, Task task, Message answer) {
            // none: no task runs here
        }

        @Override
        public void died(WorkerProcess worker, Task lostTask, int exitCode) {
            synchronized (WarmWorkers.this) {
                forget(worker);
                WarmWorkers.this.notifyAll();
            }
        }
    }
}
