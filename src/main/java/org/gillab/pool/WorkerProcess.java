package org.gillab.pool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The parent's handle on one worker JVM: starts it, sends it tasks, and turns what comes back
 * (output, answers, its death) into {@link Events}. One reader thread per worker reads its stdout
 * frames; another copies its raw stderr (JVM messages, crashes) to the parent's System.err.
 */
final class WorkerProcess {

    /** What a worker reports to its pool; called on the worker's reader thread. */
    interface Events {
        void ready(WorkerProcess worker);

        /** The worker printed; task is what it was running (null if none). */
        void printed(WorkerProcess worker, Task task, Message.Output output);

        void answered(WorkerProcess worker, Task task, Message answer);

        /** The process is gone (after stop(), kill() or on its own); lostTask is what it was running. */
        void died(WorkerProcess worker, Task lostTask, int exitCode);
    }

    private static final int STDERR_TAIL = 4096;

    private final Process process;
    private final Channel channel;
    /** Who gets its reports: its pool, or {@link WarmWorkers} between pools. Guarded by this with {@link #ready}. */
    private Events events;
    private final Set<Integer> loadedPrograms = new HashSet<>();
    /** The pipe ends the child holds copies of, which its death closes. */
    private final HeldCopies heldCopies = new HeldCopies();
    private final ByteArrayOutputStream stderrTail = new ByteArrayOutputStream();
    private final Thread stderrPump;
    private volatile Task running;
    private boolean ready;
    /** The program it was started to load ahead ({@link #startLoadingAhead}), or null. */
    private final Program loadsAhead;
    /** Whether a pool sent it {@link #loadsAhead}, which took the loaded program (see {@link #reset}). */
    private boolean tookLoadedAhead;

    private WorkerProcess(Process process, Events events, Program loadsAhead) {
        this.process = process;
        this.events = events;
        this.loadsAhead = loadsAhead;
        this.channel = new Channel(process.getInputStream(), process.getOutputStream());
        stderrPump = daemon("stderr", this::pumpStderr);
        daemon("reader", this::readFrames);
    }

    /** Starts a worker JVM ({@link ModelJvm}): the JIT stays whole for CPU-bound Python, unless it will not warm up. */
    static WorkerProcess start(WorkerOptions options, Events events) throws IOException {
        return new WorkerProcess(jvm(options, options.toArgs()), events, null);
    }

    private static Process jvm(WorkerOptions options, List<String> args) throws IOException {
        return options.warmUp() ? ModelJvm.start(Worker.class, args) : ModelJvm.startQuick(Worker.class, args);
    }

    /**
     * Starts a worker that loads {@code program} (the one the parent is about to run) after its warm-up and
     * before it says it is ready; the program's first task in it then starts at once.
     */
    static WorkerProcess startLoadingAhead(WorkerOptions options, Events events, Program program) throws IOException {
        List<String> args = new ArrayList<>(options.toArgs());
        args.add(Worker.LOADS_AHEAD);
        WorkerProcess worker = new WorkerProcess(jvm(options, args), events, program);
        worker.channel.send(new Message.LoadProgram(Message.LoadProgram.AHEAD, program));
        return worker;
    }

    /** Whether it was started to load {@code program} ahead of the program's pools and processes. */
    boolean loadsAhead(Program program) {
        return program.equals(loadsAhead);
    }

    long pid() {
        return process.pid();
    }

    synchronized boolean isReady() {
        return ready;
    }

    private synchronized Events events() {
        return events;
    }

    /**
     * Gives the worker to another owner (a pool, or the warm workers between pools): its reports go there
     * from now on, and a worker already ready says so to its new owner at once.
     */
    void handTo(Events owner) {
        boolean readyNow;
        synchronized (this) {
            events = owner;
            readyNow = ready;
        }
        if (readyNow) {
            owner.ready(this);
        }
    }

    /**
     * Makes an idle worker fresh for its next pool: it forgets the programs it loaded (their ids are the
     * last pool's) and closes their interpreters; its JVM stays warm. A worker started to load a program
     * ahead whose pool took that program loads it ahead again.
     */
    void reset() throws IOException {
        loadedPrograms.clear();
        channel.send(new Message.Reset());
        if (tookLoadedAhead) {
            // loaded again now, while the worker waits, as its first load was: else the program's next Process
            // would wait for the load, and for the JIT to settle after it, between start() and its target
            tookLoadedAhead = false;
            channel.send(new Message.LoadProgram(Message.LoadProgram.AHEAD, loadsAhead));
        }
    }

    Task running() {
        return running;
    }

    /** Sends the task (and its program, the first time this worker sees it). */
    void run(Task task, Program program) throws IOException {
        running = task;
        if (loadedPrograms.add(task.programId)) {
            tookLoadedAhead |= loadsAhead(program);
            channel.send(new Message.LoadProgram(task.programId, program));
        }
        channel.sendEncoded(task.frame);
    }

    /** Closes the worker's stdin: it exits when it reads the end, as it does when the parent dies. */
    void stop() {
        try {
            channel.closeOutput();
        } catch (IOException alreadyGone) {
            // the process is exiting anyway; died() follows
        }
    }

    /** SIGKILL: no cleanup in the worker, nothing for it to hang on. */
    void kill() {
        process.destroyForcibly();
    }

    String stderrTail() {
        synchronized (stderrTail) {
            return stderrTail.toString(StandardCharsets.UTF_8);
        }
    }

    private void readFrames() {
        try {
            for (Message message; (message = channel.receive()) != null; ) {
                if (message instanceof Message.Ready) {
                    Events owner;
                    synchronized (this) {
                        ready = true;
                        owner = events;
                    }
                    owner.ready(this);
                } else if (message instanceof Message.Output output) {
                    events().printed(this, running, output);
                } else if (message instanceof Message.Request request) {
                    heldCopies.note(request);
                    SharedObjects.serve(request, SharedObjects.replyOver(channel));
                } else {
                    Task task = running;
                    running = null;
                    events().answered(this, task, message);
                }
            }
        } catch (Channel.CorruptFrameException | RuntimeException corrupt) {
            System.err.println("gil-lab pool: killing worker " + pid() + ", it sent garbage: " + corrupt);
            kill();
        } catch (IOException closed) {
            // the pipe closed under the read as the process exited: the same as the end of stream
        }
        int exitCode = awaitDeath();
        heldCopies.closeAll();
        events().died(this, running, exitCode);
    }

    /** Waits for the process to end (killing it if it lingers); returns its exit code. */
    private int awaitDeath() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            stderrPump.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.exitValue();
    }

    /** "killed by SIGKILL, exit code 137": the JVM reports death by signal N as exit code 128 + N. */
    static String describeExit(int code) {
        if (code > 128) {
            int signal = code - 128;
            String name = switch (signal) {
                case 9 -> "SIGKILL";
                case 15 -> "SIGTERM";
                case 11 -> "SIGSEGV";
                case 6 -> "SIGABRT";
                default -> "signal " + signal;
            };
            return "killed by " + name + ", exit code " + code;
        }
        return "exit code " + code;
    }

    private void pumpStderr() {
        byte[] buffer = new byte[8192];
        try (InputStream err = process.getErrorStream()) {
            for (int n; (n = err.read(buffer)) > 0; ) {
                System.err.write(buffer, 0, n);
                System.err.flush();
                keepTail(buffer, n);
            }
        } catch (IOException closed) {
            // the process is gone
        }
    }

    private void keepTail(byte[] buffer, int n) {
        synchronized (stderrTail) {
            if (stderrTail.size() + n > STDERR_TAIL) {
                byte[] old = stderrTail.toByteArray();
                int keep = Math.max(0, STDERR_TAIL - n);
                stderrTail.reset();
                stderrTail.write(old, old.length - Math.min(keep, old.length), Math.min(keep, old.length));
            }
            stderrTail.write(buffer, Math.max(0, n - STDERR_TAIL), Math.min(n, STDERR_TAIL));
        }
    }

    private Thread daemon(String role, Runnable body) {
        Thread thread = new Thread(body, "gil-lab pool worker " + process.pid() + " " + role);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public String toString() {
        return "worker " + pid();
    }
}
