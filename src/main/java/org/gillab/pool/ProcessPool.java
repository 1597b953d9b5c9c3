package org.gillab.pool;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;

/**
 * A pool of worker processes, shaped like Python's {@code multiprocessing.Pool}: each worker is a
 * JVM of its own with its own model interpreter, GIL and heap, so CPU-bound Python runs in parallel.
 *
 * <pre>{@code
 * try (var pool = new ProcessPool(2)) {
 *     var r1 = pool.applyAsync(source, "countdown", 25_000_000L);
 *     var r2 = pool.applyAsync(source, "countdown", 25_000_000L);
 *     r1.get(); r2.get();
 *     pool.map(source, "square", List.of(1, 2, 3));   // [1, 4, 9]
 * }
 * }</pre>
 *
 * <p>A task names a function of a main program (source text or a .py file). As under CPython's
 * spawn start method, each worker runs that program once as module {@code __mp_main__} (so its
 * {@code if __name__ == '__main__':} block does not run), then calls the function by name.
 * Arguments and results travel by value (see {@link UnsendableValueException}).
 *
 * <p>The constructor returns when every worker is ready, warmed up to the model's steady state (see
 * {@link org.gillab.model.WarmUp}) and, for a Python {@code Pool} or {@link Builder#load}, with the program
 * loaded; {@link #startupTime()} says how long that took, apart from the work,
 * and {@link #startups()} lists it with every other pool this JVM started. Faults never hang the caller: a task whose worker dies fails with
 * {@link WorkerDiedException} and the pool starts a replacement; workers exit within a second when
 * this JVM exits or is killed (they watch their stdin), and a shutdown hook kills them too.
 */
public final class ProcessPool implements AutoCloseable {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final List<Startup> STARTUPS = new CopyOnWriteArrayList<>();

    /** A pool's start: how many workers, and how long they took to start, warm up and load the program. */
    public record Startup(int processes, Duration time) {
    }

    private enum State { RUNNING, SHUT_DOWN, TERMINATED }

    private final WorkerOptions options;
    private final Console console;
    private final int processes;
    private final Duration startupTime;
    /** The warm workers of the interpreter that made this pool, or null (the Java API's pools keep none). */
    private final WarmWorkers kept;
    /** The call that makes a worker load the program and do nothing else. */
    private static final Spawn.Callee LOAD_ONLY = new Spawn.Callee("builtins:len", List.of(""));
    private final Set<WorkerProcess> workers = new LinkedHashSet<>();
    private final Queue<WorkerProcess> idle = new ArrayDeque<>();
    private final Queue<Task> pending = new ArrayDeque<>();
    /** 0, or how many tasks a worker runs before it retires (Pool's maxtasksperchild). */
    private int tasksPerWorker;
    /** The tasks each worker ran since it started or was renewed, counted while tasksPerWorker is set. */
    private final Map<WorkerProcess, Integer> tasksRun = new HashMap<>();
    /** Workers that ran their tasksPerWorker tasks, already reset, waiting for {@link #renew}'s setup call. */
    private final Queue<WorkerProcess> retired = new ArrayDeque<>();
    private final Map<Program, Integer> programIds = new HashMap<>();
    private final List<Program> programs = new ArrayList<>();
    private final WorkerProcess.Events events = new WorkerEvents();
    private final List<OutputRelay> relays = new ArrayList<>();
    private Thread relayOwner;
    private State state = State.RUNNING;
    private long nextTaskId;
    private String brokenBecause;

    /** A pool of {@code Runtime.availableProcessors()} workers, as {@code Pool()} in CPython. */
    public ProcessPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A pool of the given number of workers, with the new GIL in each. */
    public ProcessPool(int processes) {
        this(processes, WorkerOptions.DEFAULT, Console.SYSTEM, null, List.of(), null);
    }

    /** Starts configuring a pool: {@code ProcessPool.of(2).gil("old").start()}. */
    public static Builder of(int processes) {
        return new Builder(processes);
    }

    /**
     * Starts the workers; with a {@code program}, each also loads it before the pool is ready, as CPython's
     * spawned children import the parent's main module as they start: the first task then runs as fast as
     * the last, and the loading counts as start-up, not as the work's time. Worker i then makes the call
     * {@code setup[i]} (multiprocessing's pool makes each worker its own current_process()).
     */
    ProcessPool(int processes, WorkerOptions options, Console console, Program program, List<Spawn.Callee> setup,
            WarmWorkers kept) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, got " + processes);
        }
        this.processes = processes;
        this.options = options;
        this.console = console;
        this.kept = kept;
        long started = System.nanoTime();
        startWorkers();
        if (program != null) {
            loadInEveryWorker(program, setup);
        }
        this.startupTime = Duration.ofNanos(System.nanoTime() - started);
        STARTUPS.add(new Startup(processes, startupTime));
    }

    /**
     * Whether one of its workers was started to load {@code program} ahead: the pool was then ready at once
     * (such workers load it ahead again whenever a pool gives them back, {@link WorkerProcess#reset}).
     */
    synchronized boolean tookWorkersLoadedAhead(Program program) {
        return workers.stream().anyMatch(worker -> worker.loadsAhead(program));
    }

    /** Every pool this JVM started, in order: the start-up costs `gil-lab run --stats` reports. */
    public static List<Startup> startups() {
        return List.copyOf(STARTUPS);
    }

    /** How long the workers took to start and become ready, apart from any work. */
    public Duration startupTime() {
        return startupTime;
    }

    /** How many workers the pool keeps. */
    public int processes() {
        return processes;
    }

    /** The process ids of the live workers. */
    public synchronized List<Long> pids() {
        return workers.stream().map(WorkerProcess::pid).toList();
    }

    /** Calls {@code function(*args)} of the program in {@code source} in a worker; does not wait. */
    public AsyncResult applyAsync(String source, String function, Object... args) {
        return submit(Program.of(source), function, Arrays.asList(args));
    }

    /** Calls {@code function(*args)} of the Python file in a worker; does not wait. */
    public AsyncResult applyAsync(Path program, String function, Object... args) {
        return submit(Program.read(program), function, Arrays.asList(args));
    }

    /** Calls {@code function(*args)} in a worker and waits for its value. */
    public Object apply(String source, String function, Object... args) {
        return applyAsync(source, function, args).get();
    }

    /** Calls {@code function(*args)} of the Python file in a worker and waits for its value. */
    public Object apply(Path program, String function, Object... args) {
        return applyAsync(program, function, args).get();
    }

    /** {@code [function(item) for item in items]}, the calls spread over the workers. */
    public List<Object> map(String source, String function, Iterable<?> items) {
        return map(Program.of(source), function, items);
    }

    /** {@code [function(item) for item in items]} for a Python file, spread over the workers. */
    public List<Object> map(Path program, String function, Iterable<?> items) {
        return map(Program.read(program), function, items);
    }

    /** {@code [function(*args) for args in argLists]}, the calls spread over the workers. */
    public List<Object> starmap(String source, String function, Iterable<? extends List<?>> argLists) {
        return starmap(Program.of(source), function, argLists);
    }

    /** {@code [function(*args) for args in argLists]} for a Python file, spread over the workers. */
    public List<Object> starmap(Path program, String function, Iterable<? extends List<?>> argLists) {
        return starmap(Program.read(program), function, argLists);
    }

    List<Object> map(Program program, String function, Iterable<?> items) {
        List<List<?>> argLists = new ArrayList<>();
        items.forEach(item -> argLists.add(Arrays.asList(item)));
        return starmap(program, function, argLists);
    }

    List<Object> starmap(Program program, String function, Iterable<? extends List<?>> argLists) {
        List<AsyncResult> results = new ArrayList<>();
        for (List<?> args : argLists) {
            results.add(submit(program, function, new ArrayList<>(args)));
        }
        List<Object> values = new ArrayList<>(results.size());
        for (AsyncResult result : results) {
            values.add(result.get());
        }
        return values;
    }

    /**
     * From now on a worker retires after {@code tasks} tasks, as CPython's maxtasksperchild has it exit: its
     * interpreter is dropped at once (a fresh interpreter in the same warm JVM, as {@link WarmWorkers} renew
     * theirs, so its pid repeats) and it takes no task until {@link #renew} gives it its new setup call.
     */
    synchronized void retireAfter(int tasks) {
        tasksPerWorker = tasks;
    }

    /**
     * Waits until workers have retired and returns how many wait for their replacement's setup (CPython's
     * worker handler repopulating the pool); null once the pool will run no more tasks.
     */
    synchronized Integer awaitRetired() throws InterruptedException {
        while (retired.isEmpty()) {
            if (state == State.TERMINATED || brokenBecause != null || (state == State.SHUT_DOWN && pending.isEmpty())) {
                return null;
            }
            wait();
        }
        return retired.size();
    }

    /**
     * A retired worker starts again as a new process of the pool: it loads {@code program} and makes the
     * setup call (its new Process object), then takes tasks. Does nothing when no worker waits.
     */
    synchronized void renew(Program program, Spawn.Callee setup) {
        WorkerProcess worker = retired.poll();
        if (worker == null || state == State.TERMINATED) {
            return;
        }
        // the last submitter's relay: a relay of this thread's own would be one more thread per renewal
        OutputRelay relay = relays.isEmpty() ? relayForCaller() : relays.get(relays.size() - 1);
        Task task = newTask(program, setup.function(), setup.args(List.of()), relay);
        try {
            worker.run(task, programs.get(task.programId));
        } catch (IOException dying) {
            // its reader reports the death
        }
    }

    /** Queues a call; the task's frame is encoded here, so unsendable arguments fail in the caller. */
    synchronized AsyncResult submit(Program program, String function, List<Object> args) {
        requireRunning();
        Task task = newTask(program, function, args, relayForCaller());
        pending.add(task);
        dispatch();
        return task.result;
    }

    private Task newTask(Program program, String function, List<Object> args, OutputRelay relay) {
        Integer programId = programIds.get(program);
        if (programId == null) {
            programId = programs.size();
            programs.add(program);
            programIds.put(program, programId);
        }
        return new Task(nextTaskId++, programId, function, args, this, relay);
    }

    /** The relay of the calling thread: a new one when another thread (another cell) submits. */
    private OutputRelay relayForCaller() {
        if (relayOwner != Thread.currentThread()) {
            relays.add(new OutputRelay(console));
            relayOwner = Thread.currentThread();
        }
        return relays.get(relays.size() - 1);
    }

    /**
     * No more tasks (CPython's {@code close()}): the queued ones still run, then the workers exit.
     * Does not wait; {@link #join()} does.
     */
    public synchronized void shutdown() {
        if (state == State.RUNNING) {
            state = State.SHUT_DOWN;
            stopWorkersWhenDone();
            notifyAll(); // awaitRetired may be over
        }
    }

    /**
     * Waits until every worker has exited, after {@link #shutdown()} or {@link #terminate()}.
     * Abandoning the wait (an interrupt, a cell's stop) terminates the pool.
     */
    public void join() {
        try {
            awaitWorkersGone();
        } catch (InterruptedException e) {
            terminate();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while joining the pool: the pool was terminated");
        } catch (Error stopped) {
            terminate();
            throw stopped;
        }
    }

    private synchronized void awaitWorkersGone() throws InterruptedException {
        if (state == State.RUNNING) {
            throw new IllegalStateException("Pool is still running: call shutdown() or terminate() before join()");
        }
        while (!workers.isEmpty()) {
            wait();
        }
        closeRelaysWhenFinished();
    }

    /** {@link #shutdown()} then {@link #join()}: the end of a try-with-resources block. */
    @Override
    public void close() {
        shutdown();
        join();
    }

    /**
     * Kills every worker at once (SIGKILL) and returns when they are gone. Tasks not finished fail
     * with CancellationException.
     */
    public void terminate() {
        synchronized (this) {
            if (state != State.TERMINATED) {
                state = State.TERMINATED;
                failPending(() -> new CancellationException("the pool was terminated"));
                giveBackIdleWorkers();
                workers.forEach(WorkerProcess::kill);
            }
            boolean interrupted = Thread.interrupted();
            while (!workers.isEmpty()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the kill is under way: finish waiting for it
                }
            }
            closeRelaysWhenFinished();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized String toString() {
        return "ProcessPool[" + processes + " processes, " + state.name().toLowerCase().replace('_', ' ')
                + (brokenBecause == null ? "" : " (broken)") + ", worker pids " + pids() + "]";
    }

    private void requireRunning() {
        if (brokenBecause != null) {
            throw new IllegalStateException("Pool not running: it is broken, " + brokenBecause);
        }
        if (state != State.RUNNING) {
            throw new IllegalStateException("Pool not running: it was " + (state == State.SHUT_DOWN ? "shut down (closed)" : "terminated")
                    + "; start a new pool");
        }
    }

    /**
     * A task per worker (its setup call, or one that does nothing), submitted while all are idle, so that
     * each gets one and loads the program first. A program that fails to load fails its tasks later, with
     * its error, as before.
     */
    private void loadInEveryWorker(Program program, List<Spawn.Callee> setup) {
        List<AsyncResult> loads = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < processes; i++) {
                Spawn.Callee call = i < setup.size() ? setup.get(i) : LOAD_ONLY;
                loads.add(submit(program, call.function(), call.args(List.of())));
            }
        }
        loads.forEach(AsyncResult::waitFor);
    }

    /** Starts all workers and waits until each is ready: start-up stays out of the work's timing. */
    private synchronized void startWorkers() {
        try {
            for (int i = 0; i < processes; i++) {
                WorkerProcess warm = kept == null ? null : kept.take(options, events);
                workers.add(warm != null ? warm : WorkerProcess.start(options, events));
            }
            long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
            while (idle.size() < processes && brokenBecause == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    brokenBecause = "the workers did not become ready within " + STARTUP_TIMEOUT.toSeconds() + " s";
                    break;
                }
                wait(left / 1_000_000 + 1);
            }
        } catch (IOException e) {
            brokenBecause = "cannot start a worker JVM: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            brokenBecause = "interrupted while the workers were starting";
        }
        if (brokenBecause != null) {
            String reason = brokenBecause;
            terminate();
            throw new IllegalStateException("ProcessPool could not start: " + reason);
        }
    }

    /** Gives queued tasks to idle workers, one task per worker at a time. */
    private void dispatch() {
        while (!pending.isEmpty() && !idle.isEmpty()) {
            WorkerProcess worker = idle.remove();
            Task task = pending.remove();
            if (tasksPerWorker > 0) {
                tasksRun.merge(worker, 1, Integer::sum);
            }
            try {
                worker.run(task, programs.get(task.programId));
            } catch (IOException dying) {
                // the pipe broke: the worker is dying, its reader reports the death and the lost task
            }
        }
        stopWorkersWhenDone();
    }

    /**
     * A worker that answered goes back to work, or retires once it ran its tasksPerWorker tasks: reset now,
     * renewed when the pool still has tasks for it, else stopped with the idle ones.
     */
    private void workerFree(WorkerProcess worker) {
        if (tasksPerWorker == 0 || tasksRun.getOrDefault(worker, 0) < tasksPerWorker) {
            idle.add(worker);
            return;
        }
        tasksRun.remove(worker);
        try {
            worker.reset();
            retired.add(worker);
            notifyAll();
        } catch (IOException dying) {
            // its reader reports the death
        }
    }

    private void stopWorkersWhenDone() {
        if (state == State.SHUT_DOWN && pending.isEmpty() && idle.size() + retired.size() == workers.size()) {
            giveBackIdleWorkers();
            workers.forEach(WorkerProcess::stop);
        }
    }

    /**
     * The pool is over: its idle workers go back to the {@link WarmWorkers} its interpreter keeps, if any
     * (they leave this pool at once, as if they had exited); the others are stopped or killed by the caller.
     */
    private void giveBackIdleWorkers() {
        idle.addAll(retired); // no task left for them: they end with the idle ones
        retired.clear();
        for (WorkerProcess worker : kept == null ? List.<WorkerProcess>of() : List.copyOf(idle)) {
            if (kept.keep(worker, options)) {
                idle.remove(worker);
                workers.remove(worker);
            }
        }
        closeRelaysWhenFinished();
        notifyAll();
    }

    /** Once no worker is left and none will come, no output or outcome remains to deliver. */
    private void closeRelaysWhenFinished() {
        if (workers.isEmpty() && state != State.RUNNING) {
            relays.forEach(OutputRelay::close);
        }
    }

    private void failPending(java.util.function.Supplier<RuntimeException> error) {
        for (Task task; (task = pending.poll()) != null; ) {
            task.fail(error.get());
        }
    }

    /** The workers' reports; each runs on a worker's reader thread. */
    private final class WorkerEvents implements WorkerProcess.Events {
        @Override
        public void ready(WorkerProcess worker) {
            synchronized (ProcessPool.this) {
                if (state == State.TERMINATED) {
                    worker.kill();
                    return;
                }
                idle.add(worker);
                dispatch();
                ProcessPool.this.notifyAll();
            }
        }

        @Override
        public void printed(WorkerProcess worker, Task task, Message.Output output) {
            if (task != null) {
                task.relay.print(output.stream(), output.bytes());
            } else {
                console.write(output.stream(), output.bytes());
            }
        }

        @Override
        public void answered(WorkerProcess worker, Task task, Message answer) {
            // idle before the result is out: a caller that ends the pool as soon as it has its result (the end
            // of a with block) then gives this worker back warm instead of killing it as busy, which cost the
            // next pool a new worker JVM (2-3 s) in about one pool start in four
            synchronized (ProcessPool.this) {
                workerFree(worker);
            }
            if (answer instanceof Message.TaskDone done) {
                task.complete(done.value());
            } else if (answer instanceof Message.TaskFailed failed) {
                task.fail(new PoolTaskException(failed.type(), failed.message(), failed.traceback(), failed.exception(),
                        task.summary, worker.pid()));
            }
            synchronized (ProcessPool.this) {
                dispatch();
            }
        }

        @Override
        public void died(WorkerProcess worker, Task lostTask, int exitCode) {
            String cause = WorkerProcess.describeExit(exitCode);
            synchronized (ProcessPool.this) {
                workers.remove(worker);
                idle.remove(worker);
                retired.remove(worker);
                tasksRun.remove(worker);
                String consequence = replace(worker);
                if (lostTask != null) {
                    lostTask.fail(state == State.TERMINATED
                            ? new CancellationException("the pool was terminated while " + lostTask.summary + " ran")
                            : new WorkerDiedException("worker " + worker.pid() + " died (" + cause + ") while running "
                                    + lostTask.summary + "; " + consequence, worker.pid(), exitCode));
                }
                if (!worker.isReady() && brokenBecause == null && state != State.TERMINATED) {
                    brokenBecause = "worker " + worker.pid() + " exited during start-up (" + cause + ")"
                            + tail(worker.stderrTail());
                    failPending(() -> new IllegalStateException("Pool is broken: " + brokenBecause));
                }
                stopWorkersWhenDone();
                closeRelaysWhenFinished();
                ProcessPool.this.notifyAll();
            }
        }

        /** Keeps the pool at strength while it has work to do; says what it did. */
        private String replace(WorkerProcess dead) {
            boolean needed = state == State.RUNNING || (state == State.SHUT_DOWN && !pending.isEmpty());
            if (!needed || !dead.isReady() || brokenBecause != null) {
                return "the pool did not replace it";
            }
            try {
                workers.add(WorkerProcess.start(options, this));
                return "the pool started a replacement worker";
            } catch (IOException e) {
                brokenBecause = "cannot start a replacement worker: " + e.getMessage();
                failPending(() -> new IllegalStateException("Pool is broken: " + brokenBecause));
                return "the pool is broken: " + brokenBecause;
            }
        }

        private String tail(String stderr) {
            return stderr.isBlank() ? "" : "; its stderr ended with:\n" + stderr.strip();
        }
    }

    /** Configures a pool before it starts: {@code ProcessPool.of(2).gil("old").start()}. */
    public static final class Builder {
        private final int processes;
        private WorkerOptions options = WorkerOptions.DEFAULT;
        private Program program;

        private Builder(int processes) {
            this.processes = processes;
        }

        /** The lock each worker's interpreter runs under: new, old, free or unsafe. */
        public Builder gil(String kind) {
            return gil(GilKind.parse(kind));
        }

        public Builder gil(GilKind kind) {
            options = options.withGil(kind);
            return this;
        }

        /** The new GIL's switch interval in each worker (sys.setswitchinterval). */
        public Builder switchInterval(Duration interval) {
            options = options.withSwitchInterval(interval);
            return this;
        }

        /** The old GIL's check interval in each worker (sys.setcheckinterval). */
        public Builder checkInterval(int instructions) {
            options = options.withCheckInterval(instructions);
            return this;
        }

        /** The CPython version each worker's eval loop imitates: "3.9" or "3.11". */
        public Builder profile(String version) {
            options = options.withProfile(Profile.parse(version));
            return this;
        }

        /**
         * Whether each worker warms the model up to steady state before it says it is ready (the default: its
         * tasks' timings are then steady from the first). Without, the pool starts seconds sooner on 2 cores,
         * for work whose results matter and not its speed.
         */
        public Builder warmUp(boolean warm) {
            options = options.withWarmUp(warm);
            return this;
        }

        /**
         * Has each worker load {@code source} (the program its tasks will name) before the pool is ready, so
         * that the first task is timed as the others are.
         */
        public Builder load(String source) {
            program = Program.of(source);
            return this;
        }

        /** Starts the workers and returns when they are all ready. */
        public ProcessPool start() {
            return new ProcessPool(processes, options, Console.SYSTEM, program, List.of(), null);
        }
    }
}
