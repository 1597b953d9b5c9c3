package org.gillab.lab;

import java.util.List;
import org.gillab.evaluator.CellError;

/** Where a {@code %%python} cell runs: a model session or the notebook's CPython session. */
interface PythonEngine {
    /** How output sections and tables name the engine: "new GIL", "CPython 3.11.7". */
    String label();

    /**
     * Runs a cell in the engine's __main__, on the calling thread (a thread of the cell's own), its output
     * going to System.out and System.err.
     */
    Run run(String source, String filename);

    /** The user interrupted the cell that {@code cellThread} runs: raise KeyboardInterrupt in it. Returns at once. */
    void interrupt(Thread cellThread);

    /** A global of the engine's __main__ as a Java value (list/tuple: List, dict: Map, int: Long or BigInteger). */
    Object get(String name);

    /** Makes a Java value a global of the engine's __main__. */
    void set(String name, Object value);

    /**
     * How a cell ended on one engine.
     *
     * @param value   repr of the last expression's value, shown as Out[n], or null
     * @param error   the uncaught exception, as CPython reports it, or null
     * @param seconds the cell's wall time on this engine
     */
    record Run(String value, CellError error, double seconds) {
        static CellError error(String ename, String evalue, String traceback) {
            return new CellError(ename, evalue, List.of(traceback.stripTrailing().split("\n")));
        }
    }
}
