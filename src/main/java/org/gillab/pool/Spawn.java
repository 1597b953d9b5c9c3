package org.gillab.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonException;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * What the model's multiprocessing module shares: sending a call to a worker the way CPython's spawn
 * start method pickles it (a function by its name in the main module, arguments by value), waiting
 * for workers without the GIL, and turning the pool's Java errors into Python exceptions.
 */
final class Spawn {
    /** pickle.PicklingError: what cannot be sent to another process. */
    static final PyType PICKLING_ERROR = PyType.builder("PicklingError").base(PyErrors.EXCEPTION).build();

    private Spawn() {}

    /**
     * Starts the workers for a program of {@code interpreter}, without the GIL (a JVM takes a while
     * to start), run the way the interpreter runs and printing where its own prints go.
     */
    static ProcessPool startPool(Interpreter interpreter, ThreadState ts, int processes) {
        WorkerOptions options = WorkerOptions.like(interpreter);
        Console console = new Console(interpreter.state()::stdout, interpreter.state()::stderr);
        ProcessPool pool = withoutGil(interpreter, ts, () -> new ProcessPool(processes, options, console));
        return pool;
    }

    /**
     * The main program the workers re-run as __mp_main__. Refused, with CPython's error, while this
     * process is itself a worker loading that program: the main block lacks its guard.
     */
    static Program program(Interpreter interpreter) {
        if (MainModules.bootstrapping()) {
            throw PyErrors.runtimeError("""

                    An attempt has been made to start a new process before the
                    current process has finished its bootstrapping phase.

                    This probably means that you are not using fork to start your
                    child processes and you have forgotten to use the proper idiom
                    in the main module:

                        if __name__ == '__main__':
                            ...
                    """);
        }
        List<Interpreter.Source> parts = interpreter.mainSources();
        if (parts.isEmpty()) {
            throw PyErrors.runtimeError("multiprocessing needs a main program for its workers to load: run one first");
        }
        return new Program(parts);
    }

    /**
     * The name a worker finds {@code function} by: like pickle, only a function defined at the top
     * level of the main module can be sent, because the worker looks it up there by name.
     */
    static String functionName(Interpreter interpreter, PyObject function) {
        if (function instanceof PyFunction f && f.globals.get(f.name()) == f && isMainModule(interpreter, f.globals)) {
            return f.name();
        }
        String where = function instanceof PyFunction f ? "it's not found as __main__." + f.name()
                : "only functions defined at the top level of the main program can be sent to a worker";
        throw PyErrors.raise(PICKLING_ERROR, "Can't pickle " + function.repr() + ": " + where);
    }

    private static boolean isMainModule(Interpreter interpreter, PyDict globals) {
        for (String name : List.of("__main__", "__mp_main__")) {
            PyModule module = interpreter.state().module(name);
            if (module != null && module.dict() == globals) {
                return true;
            }
        }
        return false;
    }

    /** The items of an argument tuple (or any iterable) as Java values; TypeError for what cannot travel. */
    static List<Object> values(ThreadState ts, PyObject iterable) {
        List<Object> values = new ArrayList<>();
        for (PyObject item : Ops.toList(ts, iterable)) {
            try {
                values.add(Convert.toJava(item));
            } catch (PythonException e) {
                throw PyErrors.typeError("cannot pickle '" + item.type().name() + "' object: only None, bool, int, "
                        + "float, str, list, tuple and dict travel to worker processes on the model");
            } finally {
                ts.decref(item);
            }
        }
        return values;
    }

    /** A wait on the workers: run without the GIL (as a blocking call in CPython releases it). */
    @FunctionalInterface
    interface Wait<T> {
        T get() throws TimeoutException;
    }

    private record Outcome<T>(T value, Exception error) {}

    /**
     * Runs {@code wait} with the GIL released. Errors come back as Python exceptions; an interrupt
     * (the pool's own wait has then terminated the pool) becomes KeyboardInterrupt.
     */
    static <T> T withoutGil(Interpreter interpreter, ThreadState ts, Wait<T> wait) {
        Outcome<T> outcome = interpreter.state().allowThreads(ts, () -> {
            try {
                return new Outcome<>(wait.get(), null);
            } catch (CancellationException e) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                return new Outcome<>(null, e);
            } catch (TimeoutException | RuntimeException e) {
                return new Outcome<>(null, e); // raised below, once the GIL is held again
            }
        });
        if (outcome.error != null) {
            throw toPython(interpreter, outcome.error);
        }
        return outcome.value;
    }

    /** The Python exception for a pool error, with CPython's types where CPython has one. */
    static PythonException toPython(Interpreter interpreter, Exception error) {
        if (error instanceof PoolTaskException task) {
            // as CPython chains a RemoteTraceback: the worker's traceback, then the caller's
            interpreter.state().stderr().print("multiprocessing.pool.RemoteTraceback: \n\"\"\"\n" + task.workerTraceback()
                    + "\"\"\"\n\nThe above exception was the direct cause of the following exception:\n\n");
            PyType type = PyErrors.all().get(task.pythonType());
            if (type == null) {
                type = PyType.builder(task.pythonType()).base(PyErrors.EXCEPTION).build();
            }
            return PyErrors.raise(type, task.pythonMessage());
        }
        if (error instanceof TimeoutException) {
            return PyErrors.raise(PyErrors.TIMEOUT_ERROR, "");
        }
        if (error instanceof IllegalStateException || error instanceof IllegalArgumentException) {
            return PyErrors.valueError(error.getMessage()); // "Pool not running" is a ValueError in CPython
        }
        return PyErrors.runtimeError(error.getMessage()); // a worker died, or the pool was terminated
    }
}
