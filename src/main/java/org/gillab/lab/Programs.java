package org.gillab.lab;

import java.util.List;
import org.gillab.model.Interpreter;

/** The lab's Python programs (resources beside this class), each a main(...) that returns rows. */
final class Programs {
    private Programs() {}

    /** Runs {@code main(*args)} of the program on the model interpreter {@code py}; returns its rows. */
    @SuppressWarnings("unchecked")
    static List<List<Object>> onModel(Interpreter py, String program, Object... args) {
        py.exec(CPython.program(program), program);
        return (List<List<Object>>) py.call("main", args);
    }

    static double number(List<Object> row, int index) {
        return ((Number) row.get(index)).doubleValue();
    }
}
