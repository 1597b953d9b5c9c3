package org.gillab.pool;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.gillab.model.Interpreter;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * _multiprocessing.Process, the handle under the model's multiprocessing.Process (multiprocessing/process.py):
 * target(*args) in a new worker process of its own (a pool of one that shuts down after the call), with
 * start, join, is_alive, terminate, exitcode and pid. The Python Process passes its own bound _bootstrap as
 * the target, so the Process object, a subclass's run() and the user's kwargs travel with it.
 */
final class PyProcess extends PyInstance {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    static final PyType TYPE = PyType.builder("Process")
            .method("start", (self, args) -> {
                args.expectPositional("start", 0, 0);
                process(self).start(args.thread());
                return PyNone.NONE;
            })
            .method("join", (self, args) -> {
                PyObject[] a = args.bind("join", 0, "timeout");
                process(self).join(args.thread(), a[0] == null || a[0] instanceof PyNone ? null
                        : Duration.ofNanos((long) (Math.max(0, Convert.toDouble(a[0], "join")) * 1e9)));
                return PyNone.NONE;
            })
            .method("is_alive", (self, args) -> PyBool.of(process(self).result != null && !process(self).result.ready()))
            .method("terminate", (self, args) -> process(self).terminate(args.thread()))
            .method("kill", (self, args) -> process(self).terminate(args.thread()))
            .build();

    private final Interpreter interpreter;
    private final String function;
    private final List<Object> values;
    private final String name;
    private final boolean forks;
    private ProcessPool pool;
    private AsyncResult result;
    private long pid;
    private CompletableFuture<Void> reported;

    private PyProcess(ThreadState ts, Interpreter interpreter, String function, List<Object> values, String name, boolean forks) {
        super(ts, TYPE);
        this.interpreter = interpreter;
        this.function = function;
        this.values = values;
        this.name = name;
        this.forks = forks;
    }

    /**
     * Process(target=None, args=(), name=None, fork=True): the target is a function of a module, or a bound
     * method, found by name in the child; with fork (the start method is fork), a function pickle cannot
     * name (a lambda, a nested function) and a threading lock travel by value, as a forked child has copies.
     * Otherwise the child starts as spawn starts it.
     */
    static PyObject create(Interpreter interpreter, Args args) {
        PyObject[] a = args.bind("Process", 0, "group", "target", "name", "args", "kwargs", "daemon", "fork");
        if (a[1] == null || a[1] instanceof PyNone) {
            throw PyErrors.notImplementedError("_multiprocessing.Process needs a target: subclass multiprocessing.Process to override run()");
        }
        if (a[4] != null && !(a[4] instanceof PyNone)) {
            throw PyErrors.notImplementedError("_multiprocessing.Process takes no kwargs: multiprocessing.Process passes them to its target");
        }
        ThreadState ts = args.thread();
        boolean forks = a[6] == null || a[6].truthy();
        Spawn.Callee callee = PoolValues.sending(forks, () -> Spawn.callee(ts, a[1]));
        List<Object> values = PoolValues.sending(forks,
                () -> callee.args(a[3] == null ? List.of() : Spawn.values(ts, a[3])));
        String name = a[2] != null && !(a[2] instanceof PyNone) ? a[2].str() : "Process-" + COUNTER.incrementAndGet();
        return new PyProcess(ts, interpreter, callee.function(), values, name, forks);
    }

    private static PyProcess process(PyObject self) {
        return (PyProcess) self;
    }

    private void start(ThreadState ts) {
        if (pool != null) {
            throw PyErrors.raise(PyErrors.ASSERTION_ERROR, "cannot start a process twice");
        }
        Program program = Spawn.program(interpreter, forks);
        pool = Spawn.startPool(interpreter, ts, 1, null, List.of()); // start() returns without waiting for the child's import
        interpreter.onClose(pool::close); // as CPython joins the children still running at exit
        pid = pool.pids().get(0);
        Spawn.Callee start = Spawn.childStart(ts, forks, ForkedMain.capture(ts, interpreter, forks), null);
        pool.submit(program, start.function(), start.args(List.of()));
        result = pool.submit(program, function, values);
        reported = result.whenDone(this::reportFailure); // as CPython's child prints its traceback as it fails, joined or not
        pool.shutdown(); // the worker exits once the target returns
    }

    private void join(ThreadState ts, Duration timeout) {
        if (pool == null) {
            throw PyErrors.raise(PyErrors.ASSERTION_ERROR, "can only join a started process");
        }
        Spawn.withoutGil(interpreter, ts, () -> {
            if (timeout == null) {
                result.waitFor();
            } else if (!result.waitFor(timeout)) {
                return null;
            }
            reported.join(); // a failed child's traceback is out before join() returns, as the child wrote it before exiting
            pool.join();
            return null;
        });
    }

    private PyObject terminate(ThreadState ts) {
        if (pool != null) {
            Spawn.withoutGil(interpreter, ts, () -> {
                pool.terminate();
                return null;
            });
        }
        return PyNone.NONE;
    }

    /**
     * The exit code as CPython reports it: 0, 1 after an exception, SystemExit's code, or minus the
     * signal that killed the process; None while it runs.
     */
    private Integer exitcode() {
        if (result == null || !result.ready()) {
            return null;
        }
        try {
            result.get();
            return 0;
        } catch (PoolTaskException e) {
            if (e.pythonType().equals("SystemExit")) {
                return e.pythonMessage().isEmpty() ? 0 : e.pythonMessage().matches("-?\\d+") ? Integer.parseInt(e.pythonMessage()) : 1;
            }
            return 1;
        } catch (WorkerDiedException e) {
            return e.exitCode() > 128 ? 128 - e.exitCode() : e.exitCode();
        } catch (CancellationException e) {
            return -9; // terminate() kills with SIGKILL
        }
    }

    /** What CPython's child prints when its target raises: "Process Process-1:" and the traceback. */
    private void reportFailure() {
        try {
            result.get();
        } catch (PoolTaskException e) {
            if (!e.pythonType().equals("SystemExit")) {
                interpreter.state().stderr().print("Process " + name + ":\n" + e.workerTraceback());
            }
        } catch (RuntimeException otherwise) {
            // no traceback: the process was killed
        }
    }

    @Override
    public PyObject getAttr(ThreadState ts, String attribute) {
        return switch (attribute) {
            case "name" -> new PyStr(ts, name);
            case "pid" -> pool == null ? PyNone.NONE : PyInt.of(ts, pid);
            case "exitcode" -> {
                Integer code = exitcode();
                yield code == null ? PyNone.NONE : PyInt.of(ts, code);
            }
            case "daemon" -> PyBool.of(false);
            default -> super.getAttr(ts, attribute);
        };
    }

    @Override
    protected String builtinRepr() {
        Integer code = exitcode();
        String state = pool == null ? "initial" : code == null ? "started" : "stopped exitcode=" + code;
        return "<Process name='" + name + "' " + state + ">";
    }
}
