package org.gillab.evaluator;

import java.util.List;

/** Why a cell failed, as Jupyter's error message carries it: a name, a value and the traceback lines. */
public record CellError(String ename, String evalue, List<String> traceback) {
    public static final String INTERRUPTED = "Interrupted";

    static CellError interrupted() {
        return new CellError(INTERRUPTED, "the cell was interrupted",
                List.of(Tracebacks.red(INTERRUPTED + ": the cell was interrupted")));
    }
}
