package org.gillab.model.vm;

/**
 * The end of a program by a signal whose disposition is SIG_DFL and whose default action is to terminate
 * (SIGALRM, SIGTERM, SIGUSR1...): CPython leaves such a signal to the kernel, which ends the process on
 * the spot ({@link ProcessExit}), with 128 + the signal's number, the status a shell reports for a
 * process a signal killed.
 */
public final class FatalSignal extends ProcessExit {
    private final int signum;

    /** {@code description} is strsignal's text ("Alarm clock"), what a shell prints for the death. */
    public FatalSignal(int signum, String description) {
        super(description, 128 + signum);
        this.signum = signum;
    }

    /** The signal's number. */
    public int signum() {
        return signum;
    }
}
