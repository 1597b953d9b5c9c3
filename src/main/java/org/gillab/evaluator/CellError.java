package org.gillab.evaluator;

import java.util.List;

/** Why a cell failed, as Jupyter's error message carries it: a name, a value and the traceback lines. */
public record CellError(String ename, String evalue, List<String> traceback) {
    public static final String INTERRUPTED = "Interrupted";

    /** An error without frames: its traceback is the one line "ename: evalue". */
    public static CellError of(String ename, String evalue) {
        return new CellError(ename, evalue, List.of(Tracebacks.red(ename + ": ") + evalue));
    }

    static CellError interrupted() {
        return of(INTERRUPTED, "the cell was interrupted");
    }
}
