package org.gillab.evaluator;

import org.gillab.display.MimeBundle;

/**
 * How a cell ended: either fine, with the rendering of its last expression (null when the cell ends
 * with a statement or a declaration), or with an error.
 */
public record ExecutionOutcome(MimeBundle result, CellError error) {
    static ExecutionOutcome ok(MimeBundle result) {
        return new ExecutionOutcome(result, null);
    }

    static ExecutionOutcome failed(CellError error) {
        return new ExecutionOutcome(null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
