package org.gillab.pool;

import java.util.List;

/**
 * An object that lives in the parent process and that the parent and its children use at once: a
 * queue, a condition, an array of values. Operations are Java calls that may block (never with the GIL
 * held), made by the parent's threads directly and by the children through {@link SharedObjects}.
 */
interface SharedObject {
    /** Runs {@code op} with plain values (see {@link ValueCodec}); {@link SharedError} for a Python exception. */
    Object call(String op, List<Object> args) throws InterruptedException;

    /** The Python exception a shared operation raises, by type name ("EOFError", "queue.Empty"). */
    final class SharedError extends RuntimeException {
        private final String pythonType;

        SharedError(String pythonType, String message) {
            super(message, null, false, false);
            this.pythonType = pythonType;
        }

        String pythonType() {
            return pythonType;
        }
    }

    /** A timeout argument in seconds: null or negative waits for ever (as None does), else nanoseconds. */
    static long timeoutNanos(Object seconds) {
        return seconds == null ? -1 : Math.max(0, (long) (((Number) seconds).doubleValue() * 1e9));
    }

    static UnsupportedOperationException unknown(String kind, String op) {
        return new UnsupportedOperationException("a shared " + kind + " has no operation " + op);
    }

    /**
     * Waits on {@code monitor} (held by the caller) until the condition holds, for ever when timeout is
     * negative, not at all unless block; returns whether it holds.
     */
    static boolean awaitUntil(Object monitor, java.util.function.BooleanSupplier condition, boolean block, long timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout;
        while (!condition.getAsBoolean()) {
            if (!block) {
                return false;
            }
            if (timeout < 0) {
                monitor.wait();
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                monitor.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
        return true;
    }

}
