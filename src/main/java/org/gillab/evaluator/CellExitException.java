package org.gillab.evaluator;

/** Thrown in place of a cell's System.exit/Runtime.exit/halt call: see {@link ExitGuard}. */
public final class CellExitException extends RuntimeException {
    CellExitException(String call) {
        super(call + " was called in a cell: the kernel keeps running; use Kernel > Restart to restart it");
    }
}
