package org.gillab.model;

import java.math.BigInteger;
import org.gillab.model.object.CycleCollector;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * What CPython does when the main module of {@code python3 prog.py} ends (Modules/main.c,
 * Python/pythonrun.c and Py_FinalizeEx): report the exception that ended it, through sys.excepthook,
 * with the exit status it means; then threading._shutdown() waits for the non-daemon threads; then
 * the atexit callbacks run, last registered first; from then on the daemon threads still running are
 * stopped without a word, none of their Python code running again; last, for a process's main module,
 * what only its globals keep alive is finalized and freed. Each step runs holding the GIL in the main thread.
 */
final class ProgramEnd {
    /** How long the end waits for each daemon thread to stop (one blocked where no interrupt reaches stays). */
    private static final java.time.Duration DAEMON_PATIENCE = java.time.Duration.ofSeconds(1);

    private ProgramEnd() {}

    /**
     * Reports the exception that ended the main module and returns the exit status: SystemExit's code
     * (its message printed when it is not an int), else the traceback through sys.excepthook and 1, or
     * 130 for KeyboardInterrupt. Drops the exception's reference.
     */
    static int report(InterpreterState state, ThreadState ts, PythonException e) {
        try {
            if (e.is("SystemExit")) {
                Object code = e.exitCode();
                if (code == null) {
                    return 0;
                }
                if (code instanceof Long n) {
                    return (int) (long) n;
                }
                if (code instanceof BigInteger) {
                    return -1;
                }
                state.writeStderr(ts, code + "\n");
                return 1;
            }
            callExcepthook(state, ts, e);
            return e.is("KeyboardInterrupt") ? 130 : 1;
        } finally {
            ts.decref(e.exception());
        }
    }

    /**
     * sys.excepthook(type, value, traceback), or the traceback when sys was not imported or the hook is
     * the default; a hook that fails is reported with the original exception, as PyErr_Display does.
     */
    private static void callExcepthook(InterpreterState state, ThreadState ts, PythonException e) {
        PyModule sys = state.module("sys");
        PyObject hook = sys == null ? null : sys.dict().get("excepthook");
        if (hook == null || hook == sys.dict().get("__excepthook__") || hook == PyNone.NONE) {
            state.writeStderr(ts, e.traceback());
            return;
        }
        PyObject tb = e.exception().getAttr(ts, "__traceback__");
        try {
            ts.decref(ts.call(hook, e.exception().type(), e.exception(), tb));
        } catch (PythonException hookFailed) {
            state.writeStderr(ts, "Error in sys.excepthook:\n" + hookFailed.traceback() + "\nOriginal exception was:\n"
                    + e.traceback());
            ts.decref(hookFailed.exception());
        } finally {
            ts.decref(tb);
        }
    }

    /**
     * Py_FinalizeEx's part that runs Python code: threading._shutdown() (if the program imported
     * threading), then atexit's callbacks (if it imported atexit). A failure is reported as unraisable.
     */
    static void finish(InterpreterState state, ThreadState ts) {
        callIfImported(state, ts, "threading", "_shutdown");
        callIfImported(state, ts, "atexit", "_run_exitfuncs");
        stopThreads(state, ts);
    }

    /**
     * The last of the end, where no more Python code runs: the threads still running stop where they are.
     * All there is to the end of a program that a signal killed ({@link org.gillab.model.vm.FatalSignal}).
     */
    static void stopThreads(InterpreterState state, ThreadState ts) {
        state.finalizing();
        state.threads().exitAll(ts, DAEMON_PATIENCE);
    }

    /**
     * Py_FinalizeEx's finalize_modules for the main module of a process: what only its namespace kept
     * alive is finalized (each __del__ in the order the objects were made) and freed.
     */
    static void finalizeMain(ThreadState ts, PyModule main) {
        CycleCollector.collectNamespace(ts, main.dict());
    }

    private static void callIfImported(InterpreterState state, ThreadState ts, String moduleName, String function) {
        PyModule module = state.module(moduleName);
        PyObject callable = module == null ? null : module.dict().get(function);
        if (callable == null) {
            return;
        }
        try {
            ts.decref(ts.call(callable));
        } catch (PythonException e) {
            state.writeUnraisable(ts, "in", module, e);
            ts.decref(e.exception());
        }
    }
}
