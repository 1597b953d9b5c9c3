package org.gillab.pool;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.gillab.model.Interpreter;

/**
 * Worker JVMs an interpreter keeps warm between its pools (as {@code gil-lab run} has them for a program
 * that uses multiprocessing, and the kernel for its %%python sessions). CPython's Pool(2) and Process
 * start in milliseconds (a fork); a worker JVM takes seconds to reach the model's steady speed, so a
 * program that times {@code with Pool(2) as pool:} would time our JIT instead of its work. So {@code run}
 * starts workers beside the main interpreter's own warm-up, before the program runs, and the program's
 * pools take them; when a pool ends, its idle workers come back here with their programs forgotten (a
 * fresh interpreter in a warm JVM, as a fresh fork is a fresh process; those {@code run} started to load its
 * program load it again, see {@link #startLoading}) instead of exiting, at most
 * {@link #KEPT} of them, kept by their settings (lock kind, intervals, profile). Their pids therefore
 * repeat from one pool to the next, where CPython's differ. The workers end when the interpreter closes.
 */
public final class WarmWorkers {
    /** At most this many idle workers are kept (each a JVM of a hundred-odd MB): a Pool() of every core, or 8. */
    static final int KEPT = Math.max(8, Runtime.getRuntime().availableProcessors());

    /** The interpreters that keep workers; an interpreter's pools without an entry start and stop their own. */
    private static final Map<Interpreter, WarmWorkers> BY_INTERPRETER = new WeakHashMap<>();

    private final List<WorkerProcess> waiting = new ArrayList<>();
    /** Each kept worker's settings: a pool takes only workers run as it wants them. */
    private final Map<WorkerProcess, WorkerOptions> settings = new HashMap<>();
    private final WorkerProcess.Events events = new Waiting();
    private final Interpreter owner;
    private boolean closed;

    private WarmWorkers(Interpreter owner) {
        this.owner = owner;
    }

    /** The workers {@code interpreter}'s pools keep from now on (made on first call), stopped when it closes. */
    public static WarmWorkers of(Interpreter interpreter) {
        synchronized (BY_INTERPRETER) {
            WarmWorkers kept = BY_INTERPRETER.get(interpreter);
            if (kept == null) {
                kept = new WarmWorkers(interpreter);
                BY_INTERPRETER.put(interpreter, kept);
                interpreter.onClose(kept::close);
            }
            return kept;
        }
    }

    /** The workers {@code interpreter} keeps, or null when it keeps none (its pools then start their own). */
    static WarmWorkers keptBy(Interpreter interpreter) {
        synchronized (BY_INTERPRETER) {
            return BY_INTERPRETER.get(interpreter);
        }
    }

    /** Starts {@code count} workers run the way the interpreter runs (its lock, intervals and profile). */
    public synchronized void start(int count) throws IOException {
        startEach(count, null);
    }

    /**
     * Starts {@code count} workers as {@link #start(int)} does, which also load the main program the
     * interpreter is about to run ({@code file} with {@code argv} after it, as {@link Interpreter#runMain}
     * runs it) before they are ready: its first processes start as a fork does, without loading it.
     */
    public synchronized void startLoading(int count, Path file, List<String> argv) throws IOException {
        startEach(count, new Program(List.of(Interpreter.mainSource(file)), Interpreter.mainArgv(file, argv)));
    }

    /** {@code count} workers run as the interpreter runs, loading {@code ahead} unless it is null. */
    private void startEach(int count, Program ahead) throws IOException {
        WorkerOptions options = WorkerOptions.like(owner);
        for (int i = 0; i < count; i++) {
            add(ahead == null ? WorkerProcess.start(options, events) : WorkerProcess.startLoadingAhead(options, events, ahead), options);
        }
    }

    /**
     * Waits until every worker kept here is ready (warmed up), at most {@code timeout}: the program must
     * not share the CPU with their warm-up. Returns how many are ready.
     */
    public synchronized int awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readyCount() < waiting.size() && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return readyCount();
    }

    private int readyCount() {
        return (int) waiting.stream().filter(WorkerProcess::isReady).count();
    }

    /** A kept worker of these settings, now reporting to {@code pool}; null when there is none. */
    WorkerProcess take(WorkerOptions wanted, WorkerProcess.Events pool) {
        WorkerProcess worker;
        synchronized (this) {
            List<WorkerProcess> matching = waiting.stream().filter(w -> wanted.equals(settings.get(w))).toList();
            if (matching.isEmpty()) {
                return null;
            }
            // a ready one first: the pool is ready the sooner
            worker = matching.stream().filter(WorkerProcess::isReady).findFirst().orElse(matching.get(0));
            forget(worker);
        }
        worker.handTo(pool);
        return worker;
    }

    /**
     * Takes an idle worker of a pool that ended, reset to no program; false when it keeps enough already,
     * has closed, or the worker could not be reset (the pool then stops it as before).
     */
    boolean keep(WorkerProcess worker, WorkerOptions options) {
        synchronized (this) {
            if (closed || waiting.size() >= KEPT) {
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

    private void add(WorkerProcess worker, WorkerOptions options) {
        waiting.add(worker);
        settings.put(worker, options);
    }

    private void forget(WorkerProcess worker) {
        waiting.remove(worker);
        settings.remove(worker);
    }

    /** The interpreter closed: its kept workers exit (their stdin closes), as a pool's do at its end. */
    private void close() {
        List<WorkerProcess> leaving;
        synchronized (this) {
            closed = true;
            leaving = List.copyOf(waiting);
        }
        leaving.forEach(WorkerProcess::stop);
        synchronized (BY_INTERPRETER) {
            BY_INTERPRETER.remove(owner);
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
