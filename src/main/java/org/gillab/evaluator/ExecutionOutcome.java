package org.gillab.evaluator;

import org.gillab.display.MimeBundle;

/**
 * How a cell ended: either fine, with the rendering of its last expression (null when the cell ends
 * with a statement or a declaration), or with an error.
 */
public record ExecutionOutcome(MimeBundle result, CellError error) {
    /** A cell that ended fine; {@code result} is what shows as Out[n], or null for nothing. */
    public static ExecutionOutcome ok(MimeBundle result) {
        return new ExecutionOutcome(result, null);
    }

    public static ExecutionOutcome failed(CellError error) {
        return new ExecutionOutcome(null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
