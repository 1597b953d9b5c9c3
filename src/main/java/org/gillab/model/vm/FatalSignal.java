package org.gillab.model.vm;

/**
 * The end of a program by a signal whose disposition is SIG_DFL and whose default action is to terminate
 * (SIGALRM, SIGTERM, SIGUSR1...): CPython leaves such a signal to the kernel, which ends the process on
 * the spot, so no except or finally block, atexit callback or thread of the program runs again. An Error,
 * as {@link ThreadExit} is, so that no native function's catch takes it for a failure of its own; the eval
 * loop clears each frame it passes through. {@code gil-lab run} exits with 128 + the signal's number, the
 * status a shell reports for a process a signal killed.
 */
public final class FatalSignal extends Error {
    private final int signum;

    /** {@code description} is strsignal's text ("Alarm clock"), what a shell prints for the death. */
    public FatalSignal(int signum, String description) {
        super(description, null, false, false);
        this.signum = signum;
    }

    /** The signal's number. */
    public int signum() {
        return signum;
    }

    /** The exit status a shell reports for a process that the signal killed. */
    public int exitStatus() {
        return 128 + signum;
    }
}
