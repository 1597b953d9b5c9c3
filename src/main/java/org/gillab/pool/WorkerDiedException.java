package org.gillab.pool;

/**
 * The worker running a task died before it answered (killed, crashed, out of memory): the task's
 * result raises this instead of waiting forever, as CPython's Pool would.
 */
public final class WorkerDiedException extends RuntimeException {
    private final long pid;

    WorkerDiedException(String message, long pid) {
        super(message);
        this.pid = pid;
    }

    /** The process id of the worker that died. */
    public long pid() {
        return pid;
    }
}
