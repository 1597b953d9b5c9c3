package org.gillab.pool;

/**
 * A task raised a Python exception in its worker: the exception's type and message, and the
 * worker's traceback, re-raised in the caller (as CPython's Pool re-raises with a RemoteTraceback).
 */
public final class PoolTaskException extends RuntimeException {
    private final String pythonType;
    private final String pythonMessage;
    private final String workerTraceback;
    private final Object sentException;

    PoolTaskException(String pythonType, String pythonMessage, String workerTraceback, Object sentException, String task,
            long pid) {
        super(pythonType + (pythonMessage.isEmpty() ? "" : ": " + pythonMessage)
                + "\n  raised by " + task + " in worker pid " + pid + "; the worker's traceback:\n" + workerTraceback);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.workerTraceback = workerTraceback;
        this.sentException = sentException;
    }

    /** The exception as the worker sent it ({@link PoolValues}), or null where it could not be sent. */
    Object sentException() {
        return sentException;
    }

    /** The Python exception's type name, e.g. {@code ZeroDivisionError}. */
    public String pythonType() {
        return pythonType;
    }

    /** The Python exception's message, e.g. {@code division by zero}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The traceback as the worker formatted it ("Traceback (most recent call last): ..."). */
    public String workerTraceback() {
        return workerTraceback;
    }
}
