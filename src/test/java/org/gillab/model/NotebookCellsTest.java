package org.gillab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the facade offers notebook cells: IPython's last value, values both ways, input(), names for completion. */
class NotebookCellsTest {
    private Interpreter py;

    @BeforeEach
    void start() {
        py = new Interpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    @Test
    void aCellShowsTheReprOfItsLastExpressionUnlessItIsNone() {
        assertEquals("42", py.execCell("x = 41\nx + 1", "In [1]"));
        assertEquals("'s'", py.execCell("'s'", "In [2]"), "a lone string is a value, not a docstring");
        assertNull(py.execCell("print('printed')", "In [3]"), "print returns None: nothing to show");
        assertNull(py.execCell("y = 2", "In [4]"), "a statement shows nothing");
        assertEquals("'s'", py.execCell("_", "In [5]"), "_ is the last value shown, as sys.displayhook leaves it");
        assertEquals("(2, [1, 2.5, None])", py.execCell("y, [1, 2.5, None]", "In [6]"));
        assertEquals("7", py.execCell("import sys\nsys.displayhook(7)", "In [7]"),
                "sys.displayhook is the cell's hook while a cell runs, as in IPython (its own None is not shown)");
    }

    @Test
    void reconfiguringSysStdoutChangesOnlyThisInterpretersStream() {
        // the sys.std* objects are one per JVM; the kernel, subinterpreters and sessions each keep their settings
        try (Interpreter other = new Interpreter()) {
            py.execCell("import sys\nsys.stdout.reconfigure(encoding='ascii', line_buffering=True)", "In [1]");
            assertEquals("('ascii', True)", py.execCell("sys.stdout.encoding, sys.stdout.line_buffering", "In [2]"));
            assertEquals("('utf-8', False)", other.execCell("import sys\nsys.stdout.encoding, sys.stdout.line_buffering", "In [1]"));
        }
    }

    @Test
    void errorsCarryTheCellsNameAndLinesAndFailedCellsLeaveTheMainProgram() {
        py.execCell("def f():\n    return 1", "In [1]");
        PythonException e = assertThrows(PythonException.class, () -> py.execCell("\n\n1 / 0", "In [2]"));
        assertTrue(e.traceback().contains("File \"In [2]\", line 3, in <module>"), e.traceback());
        assertEquals(List.of("In [1]"), py.mainSources().stream().map(Interpreter.Source::filename).toList());
    }

    @Test
    void aSignalThatWouldEndTheProcessEndsTheCellAndTheSessionLivesOn() {
        py.execCell("import signal\nx = 1", "In [1]");
        org.gillab.model.vm.FatalSignal e = assertThrows(org.gillab.model.vm.FatalSignal.class,
                () -> py.execCell("signal.raise_signal(signal.SIGTERM)\nfor i in range(3):\n    pass", "In [2]"));
        assertEquals(15, e.signum());
        assertEquals("Terminated", e.getMessage());
        assertEquals(List.of("In [1]"), py.mainSources().stream().map(Interpreter.Source::filename).toList());
        assertEquals("2", py.execCell("x + 1", "In [3]"));
    }

    @Test
    void javaValuesGoInAndComeOut() {
        py.set("params", Map.of("count", 3L));
        py.set("ratio", 0.5);
        py.execCell("n = params['count'] * 2\nr = ratio * 2", "In [1]");
        assertEquals(6L, py.get("n"));
        assertEquals(1.0, py.get("r"));
    }

    @Test
    void inputReadsALineOfSystemInAndRaisesEofErrorAtItsEnd() {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream("Ada\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals("'ADA'", py.execCell("input('Name: ').upper()", "In [1]"));
            PythonException eof = assertThrows(PythonException.class, () -> py.execCell("input()", "In [2]"));
            assertEquals("EOFError: EOF when reading a line", eof.getMessage());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void namesAttributesAndDescriptionsForCompletion() {
        py.execCell("import threading\ndef work(n, step=1):\n    return n", "In [1]");
        List<String> names = py.globalNames();
        assertTrue(names.containsAll(List.of("threading", "work", "print", "len")), names.toString());
        assertTrue(py.attributeNames("threading").containsAll(List.of("Thread", "Lock", "current_thread")));
        assertTrue(py.attributeNames("threading.Thread").containsAll(List.of("start", "join", "run")));
        assertEquals(List.of(), py.attributeNames("no_such_name.attribute"));
        Interpreter.Description work = py.describe("work");
        assertEquals("function", work.type());
        assertEquals("work(n, step=1)", work.signature());
        py.execCell("def every(a, /, b=2, *rest, c, d=None, **options): pass", "In [2]");
        assertEquals("every(a, /, b=2, *rest, c, d=None, **options)", py.describe("every").signature(),
                "as str(inspect.signature(every)) prints it");
        assertNull(py.describe("threading.nothing"));
    }
}
