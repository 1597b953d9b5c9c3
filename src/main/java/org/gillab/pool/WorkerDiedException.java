package org.gillab.pool;

/**
 * The worker running a task died before it answered (killed, crashed, out of memory): the task's
 * result raises this instead of waiting forever, as CPython's Pool would.
 */
public final class WorkerDiedException extends RuntimeException {
    private final long pid;
    private final int exitCode;

    WorkerDiedException(String message, long pid, int exitCode) {
        super(message);
        this.pid = pid;
        this.exitCode = exitCode;
    }

    /** The worker's exit code; 128 + N when signal N killed it (137: SIGKILL). */
    public int exitCode() {
        return exitCode;
    }

    /** The process id of the worker that died. */
    public long pid() {
        return pid;
    }
}
