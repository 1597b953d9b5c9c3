package org.gillab.model.vm;

/**
 * The end of the process on the spot, with an exit status: no except or finally block, atexit
 * callback or thread of the program runs again, as when CPython's process calls _exit(2) (os._exit) or
 * the kernel ends it for a signal ({@link FatalSignal}). An Error, as {@link ThreadExit} is, so that no
 * native function's catch takes it for a failure of its own; the eval loop clears each frame it passes
 * through. {@code gil-lab run} and a pool's worker exit with {@link #exitStatus()}.
 */
public class ProcessExit extends Error {
    private final int exitStatus;

    /** {@code description} says what ended the process ("os._exit(3)", a signal's strsignal text). */
    public ProcessExit(String description, int exitStatus) {
        super(description, null, false, false);
        this.exitStatus = exitStatus;
    }

    /** The status the process's parent sees. */
    public int exitStatus() {
        return exitStatus;
    }
}
