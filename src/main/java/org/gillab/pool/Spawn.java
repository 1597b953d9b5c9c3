package org.gillab.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.gillab.model.Interpreter;
import org.gillab.model.lib.ForkCopies;
import org.gillab.model.PythonException;
import org.gillab.model.WarmUp;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * What the model's multiprocessing module shares: sending a call to a worker the way CPython's spawn
 * start method pickles it (a function by its name in the main module, arguments by value), waiting
 * for workers without the GIL, and turning the pool's Java errors into Python exceptions.
 */
final class Spawn {
    /**
     * _multiprocessing.WorkerDiedError: a task's worker died before answering (CPython's Pool would
     * wait for ever; its ProcessPoolExecutor says BrokenProcessPool, which process.py makes of it).
     */
    static final PyType WORKER_DIED_ERROR = PyType.builder("WorkerDiedError").base(PyErrors.RUNTIME_ERROR)
            .attribute("__module__", PyStr.constant("_multiprocessing")).build();

    /**
     * How long Pool() waits at most for the parent's JIT to go quiet: a CPython Pool() takes tens of
     * milliseconds, and another thread of the program may keep the compiler busy for longer.
     */
    private static final Duration PARENT_SETTLE_LIMIT = Duration.ofSeconds(1);

    private Spawn() {}

    /**
     * Starts the workers for a program of {@code interpreter}, without the GIL (a JVM takes a while
     * to start), run the way the interpreter runs and printing where its own prints go.
     */
    static ProcessPool startPool(Interpreter interpreter, ThreadState ts, int processes, Program preload,
            List<Callee> setup) {
        WorkerOptions options = WorkerOptions.like(interpreter);
        Console console = new Console(interpreter.state()::stdout, interpreter.state()::stderr);
        WarmWorkers kept = WarmWorkers.keptBy(interpreter);
        return withoutGil(interpreter, ts, () -> new ProcessPool(processes, options, console, preload, setup, kept));
    }

    /**
     * Waits (without the GIL, at most {@link #PARENT_SETTLE_LIMIT}) for this JVM's JIT to go quiet: for a
     * Pool of workers that loaded the program ahead, ready at once, while the JIT is still compiling what
     * starting it ran here, which would take a core from a worker in the program's timed region (a pool
     * whose workers load the program as it starts takes long enough for the JIT to finish). Not for a
     * Process, whose start() CPython returns in milliseconds, inside such regions.
     */
    static void settleJit(Interpreter interpreter, ThreadState ts) {
        withoutGil(interpreter, ts, () -> {
            WarmUp.settle(PARENT_SETTLE_LIMIT);
            return null;
        });
    }

    /**
     * The main program the workers re-run as __mp_main__. While this process is itself a worker loading
     * that program (the main block lacks its guard), the re-run ends here under the fork start method
     * ({@link ForkPoint}), and under spawn and forkserver the call is refused with CPython's error.
     */
    static Program program(Interpreter interpreter, boolean forks) {
        if (MainModules.bootstrapping()) {
            if (forks) {
                throw new ForkPoint();
            }
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
        return new Program(parts, argv(interpreter));
    }

    /**
     * The program's sys.argv as it is now, which a child starts with (CPython's fork copies it, spawn sends
     * it); the one it started with if the program made it something other than a list of strings.
     */
    private static List<String> argv(Interpreter interpreter) {
        if (interpreter.state().module("sys").dict().get("argv") instanceof PyList list) {
            List<PyObject> items = list.snapshot();
            if (items.stream().allMatch(item -> item instanceof PyStr)) {
                return items.stream().map(item -> ((PyStr) item).value).toList();
            }
        }
        return interpreter.state().argv();
    }

    /**
     * What a worker calls for {@code callable}, as pickle sends it: a function or class by name ("name"
     * for a top-level function of the main program, "module:qualname" for any other: os.getpid, a method
     * of a class), and any other callable (a bound method as its object and name, a functools.partial, an
     * instance with __call__) as a value that operator.call calls; CPython's errors for what cannot be sent.
     */
    static Callee callee(ThreadState ts, PyObject callable) {
        if (callable instanceof PyFunction || callable instanceof PyBuiltin || callable instanceof PyType) {
            return new Callee(functionName(ts, callable), List.of());
        }
        return new Callee(CALL_VALUE, List.of(PoolValues.toJava(ts, callable)));
    }

    /** operator.call(callable, *args): how a worker calls a callable that was sent as a value. */
    private static final String CALL_VALUE = "operator:call";

    /** A function by name, and the arguments that come before the caller's (a bound method's object). */
    record Callee(String function, List<Object> leading) {
        List<Object> args(List<?> rest) {
            List<Object> all = new ArrayList<>(leading);
            all.addAll(rest);
            return all;
        }
    }

    private static String functionName(ThreadState ts, PyObject function) {
        FunctionRef ref = PoolValues.function(ts, function);
        return ref.module().equals(PoolValues.MAIN) && !ref.qualname().contains(".") ? ref.qualname()
                : ref.module() + ":" + ref.qualname();
    }

    /** The items of an argument tuple (or any iterable) as values to send; pickle's errors for what cannot travel. */
    static List<Object> values(ThreadState ts, PyObject iterable) {
        return PoolValues.items(ts, iterable);
    }

    /**
     * A new worker's first call: the parent's main module as a forked child would have it ({@link
     * ForkedMain}, captured once for all the workers started together), then {@code setup()} if not null
     * (a Pool's initializer and its arguments, which a fork copies).
     */
    static Callee childStart(ThreadState ts, boolean forks, Map<String, Object> forkedMain, PyObject setup) {
        if (forks) {
            ForkCopies.shareFileOffsets();
        }
        Object sentSetup = setup == null ? null : PoolValues.sending(forks, () -> PoolValues.toJava(ts, setup));
        return new Callee(CHILD_START, Arrays.asList(forkedMain, sentSetup));
    }

    private static final String CHILD_START = "_multiprocessing:_inherit";

    /**
     * A wait on the workers: run without the GIL (as a blocking call in CPython releases it); an interrupt
     * lets the thread handle its signals, then the wait starts again.
     */
    @FunctionalInterface
    interface Wait<T> {
        T get() throws TimeoutException, InterruptedException;
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
            PythonException raised = rebuilt(task);
            chainRemoteTraceback(interpreter, raised, task.workerTraceback());
            return raised;
        }
        if (error instanceof TimeoutException) {
            return PyErrors.raise(PyErrors.TIMEOUT_ERROR, "");
        }
        if (error instanceof IllegalStateException || error instanceof IllegalArgumentException) {
            return PyErrors.valueError(error.getMessage()); // "Pool not running" is a ValueError in CPython
        }
        if (error instanceof WorkerDiedException) {
            return PyErrors.raise(WORKER_DIED_ERROR, error.getMessage());
        }
        return PyErrors.runtimeError(error.getMessage()); // the pool was terminated
    }

    /**
     * The task's exception as the worker sent it, so that {@code except MyError} catches it; where it
     * could not be sent or rebuilt, an exception of a built-in type of that name (or a new class).
     */
    private static PythonException rebuilt(PoolTaskException task) {
        ThreadState ts = ThreadState.current();
        if (ts != null && task.sentException() != null) {
            try {
                PyObject exception = PoolValues.toPython(ts, task.sentException());
                if (exception instanceof PyException e) {
                    return new PythonException(e);
                }
                ts.decref(exception);
            } catch (PythonException unloadable) {
                ts.decref(unloadable.exception());
            }
        }
        PyType type = PyErrors.all().get(task.pythonType());
        if (type == null) {
            type = PyType.builder(task.pythonType()).base(PyErrors.EXCEPTION).build();
        }
        return PyErrors.raise(type, task.pythonMessage());
    }

    /**
     * As CPython's pool does: the worker's traceback, as a multiprocessing.pool.RemoteTraceback, is the
     * __cause__ of the exception raised in the parent (shown only if nothing catches it).
     */
    private static void chainRemoteTraceback(Interpreter interpreter, PythonException raised, String traceback) {
        ThreadState ts = ThreadState.current();
        PyException exception = raised.exception();
        if (ts == null) {
            return;
        }
        PyObject remote = interpreter.state().importModule(ts, "multiprocessing.pool").dict().get("RemoteTraceback");
        PyStr text = new PyStr(ts, "\n\"\"\"\n" + withWorkerFrame(traceback) + "\"\"\"");
        try {
            PyObject cause = ts.call(remote, text);
            exception.setCause(ts, cause);
            ts.decref(cause);
        } finally {
            ts.decref(text);
        }
    }

    /** The frame of the pool's worker loop that called the function (Java here, pool.py's worker() in CPython). */
    private static String withWorkerFrame(String traceback) {
        String head = "Traceback (most recent call last):\n";
        if (!traceback.startsWith(head)) {
            return traceback;
        }
        return head + "  File \"/gil-lab/lib/multiprocessing/pool.py\", line 125, in worker\n"
                + "    result = (True, func(*args, **kwds))\n"
                + "                    ^^^^^^^^^^^^^^^^^^^\n" + withoutSetupFrame(traceback.substring(head.length()));
    }

    private static final Pattern SETUP_FRAME =
            Pattern.compile("  File \".*/multiprocessing/pool\\.py\", line \\d+, in _call_in_worker");

    /**
     * The frames after pool.py's _call_in_worker, which runs a pool's initializer before a worker's first
     * call and passes keyword arguments: CPython's worker does both itself, so its traceback has no such frame.
     */
    private static String withoutSetupFrame(String frames) {
        int lineEnd = frames.indexOf('\n');
        if (lineEnd < 0 || !SETUP_FRAME.matcher(frames.substring(0, lineEnd)).matches()) {
            return frames;
        }
        int next = frames.indexOf("\n  File ", lineEnd);
        return next < 0 ? frames : frames.substring(next + 1);
    }
}
