package org.gillab.model;

/**
 * Py_FatalError while CPython configures itself (an environment variable it rejects, as
 * PYTHONINTMAXSTRDIGITS=100): the interpreter cannot start. {@code gil-lab run} prints {@link #report()}
 * on stderr and exits 1, as python3 does.
 */
public final class FatalError extends RuntimeException {
    /** {@code function} is CPython's C function that gives up, which its message names. */
    public FatalError(String function, String message) {
        super("Fatal Python error: " + function + ": " + message);
    }

    /** What CPython prints: the error, and the runtime's state (still being configured). */
    public String report() {
        return getMessage() + "\nPython runtime state: preinitialized\n\n";
    }
}
