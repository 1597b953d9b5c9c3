package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonException;
import org.gillab.model.gil.GilStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ctypes calls C with the GIL released through a CDLL and held through a PyDLL (callproc.c's
 * FUNCFLAG_PYTHONAPI), and a callback C makes takes the GIL back for its Python code: seen from a
 * spinning thread, and counted exactly by the main thread's GIL acquisitions. And what the model cannot
 * do, having no C API, is refused with a message that says so.
 */
class CtypesReleasesTheGilTest {
    private static final String SETUP = """
            from ctypes import CDLL, PyDLL, CFUNCTYPE, POINTER, c_int, sizeof
            cdll_libc = CDLL("libc.so.6")
            pydll_libc = PyDLL("libc.so.6")
            CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
            callbacks = 0
            def compare(a, b):
                global callbacks
                callbacks += 1
                return a[0] - b[0]
            compare_c = CMP(compare)
            values = (c_int * 16)(*range(16, 0, -1))
            """;

    @Test
    void anotherThreadRunsWhileACdllCallSleeps() {
        String call = "cdll_libc.usleep(300000)";
        try (Interpreter py = Interpreter.builder().build()) {
            SpinningThread.assertHelperRanDuringTheCall(py, SpinningThread.around(SETUP, call, ""), call, "slept in C",
                    Duration.ofSeconds(60));
        }
    }

    /** How many times the main thread took the GIL while running {@code program} alone, after SETUP. */
    private static long mainAcquisitions(Interpreter py, String program) {
        py.resetGilStats();
        py.exec(program);
        return py.gilStats().threads().stream().filter(t -> t.name().equals("MainThread"))
                .mapToLong(GilStats.ThreadStats::acquisitions).sum();
    }

    @Test
    void cdllCallsReleaseTheGilOnceEachAndPydllCallsKeepIt() {
        try (Interpreter py = Interpreter.builder().build()) {
            py.exec(SETUP);
            long baseline = mainAcquisitions(py, "pass");
            assertEquals(baseline + 10, mainAcquisitions(py, "for _ in range(10):\n    cdll_libc.abs(-1)"),
                    "each CDLL call releases the GIL once");
            assertEquals(baseline, mainAcquisitions(py, "for _ in range(10):\n    pydll_libc.abs(-1)"),
                    "a PyDLL call keeps the GIL");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cdll_libc", "pydll_libc"})
    void aCallbackTakesTheGilBackOnlyWhenTheCallReleasedIt(String library) {
        try (Interpreter py = Interpreter.builder().build()) {
            py.exec(SETUP);
            long baseline = mainAcquisitions(py, "pass");
            long acquisitions = mainAcquisitions(py, library + ".qsort(values, len(values), sizeof(c_int), compare_c)");
            long callbacks = (Long) py.get("callbacks");
            assertTrue(callbacks > 0, "qsort called back");
            long expected = library.equals("cdll_libc") ? baseline + 1 + callbacks : baseline;
            assertEquals(expected, acquisitions, "GIL acquisitions for " + callbacks + " callbacks through " + library);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ctypes.pythonapi", "ctypes.py_object(1)", "ctypes.c_long.from_address(id(object()))"})
    void whatNeedsCPythonsCApiIsRefused(String expression) {
        try (Interpreter py = Interpreter.builder().build()) {
            PythonException e = assertThrows(PythonException.class, () -> py.exec("import ctypes\n" + expression));
            assertTrue(e.getMessage().startsWith("NotImplementedError: ") && e.getMessage().contains("the model has no C API"),
                    e.getMessage());
        }
    }
}
