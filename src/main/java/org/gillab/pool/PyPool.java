package org.gillab.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gillab.model.Interpreter;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/** multiprocessing.Pool on the model: a {@link ProcessPool} whose workers run the main program as __mp_main__. */
final class PyPool extends PyInstance {
    static final PyType TYPE = PyType.builder("Pool")
            .method("apply", (self, args) -> pool(self).apply(args))
            .method("apply_async", (self, args) -> pool(self).applyAsync(args))
            .method("close", (self, args) -> {
                args.expectPositional("close", 0, 0);
                pool(self).pool.shutdown();
                return PyNone.NONE;
            })
            .method("join", (self, args) -> {
                args.expectPositional("join", 0, 0);
                return pool(self).await(args.thread(), () -> {
                    pool(self).pool.join();
                    return null;
                });
            })
            .method("terminate", (self, args) -> {
                args.expectPositional("terminate", 0, 0);
                return pool(self).terminate(args.thread());
            })
            .method("_retired", (self, args) -> {
                args.expectPositional("_retired", 0, 0);
                return pool(self).await(args.thread(), pool(self).pool::awaitRetired);
            })
            .method("_renew", (self, args) -> {
                args.expectPositional("_renew", 1, 1);
                PyPool pool = pool(self);
                ThreadState ts = args.thread();
                pool.pool.renew(pool.program, Spawn.childStart(ts, pool.forks, ForkedMain.capture(ts, pool.interpreter, pool.forks), args.get(0)));
                return PyNone.NONE;
            })
            .method("__enter__", (self, args) -> args.thread().newRef(self))
            // as in CPython, leaving a with block terminates the pool: results must be collected inside it
            .method("__exit__", (self, args) -> pool(self).terminate(args.thread()))
            .build();

    private final Interpreter interpreter;
    private final ProcessPool pool;
    private final Program program;
    private final boolean forks;

    private PyPool(ThreadState ts, Interpreter interpreter, ProcessPool pool, Program program, boolean forks) {
        super(ts, TYPE);
        this.interpreter = interpreter;
        this.pool = pool;
        this.program = program;
        this.forks = forks;
    }

    /**
     * Pool(processes=None, worker_setup=(), maxtasksperchild=None, fork=True): starts the workers (without the
     * GIL), as forked children ({@link ForkedMain}) or, without fork, as spawn starts them, and returns when
     * they are ready, worker i having called {@code worker_setup[i]()} (multiprocessing.pool's Process objects). With maxtasksperchild, a worker retires after that many tasks and waits, taking
     * none, until {@code _renew(setup)} starts it again; {@code _retired()} waits for such workers.
     */
    static PyObject create(Interpreter interpreter, Args args) {
        PyObject[] a = args.bind("Pool", 0, "processes", "worker_setup", "maxtasksperchild", "fork");
        int processes = a[0] == null || a[0] instanceof PyNone ? Runtime.getRuntime().availableProcessors()
                : (int) Convert.toLong(a[0], "Pool");
        if (processes < 1) {
            throw PyErrors.valueError("Number of processes must be at least 1");
        }
        boolean forks = a[3] == null || a[3].truthy();
        Program program = Spawn.program(interpreter, forks);
        ThreadState ts = args.thread();
        Map<String, Object> forkedMain = ForkedMain.capture(ts, interpreter, forks);
        List<PyObject> calls = a[1] == null ? List.of() : Ops.toList(ts, a[1]);
        List<Spawn.Callee> setup = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                setup.add(Spawn.childStart(ts, forks, forkedMain, i < calls.size() ? calls.get(i) : null));
            }
        } finally {
            calls.forEach(ts::decref);
        }
        // its workers load the program as they start
        ProcessPool pool = Spawn.startPool(interpreter, ts, processes, program, setup);
        if (pool.tookWorkersLoadedAhead(program)) {
            Spawn.settleJit(interpreter, ts);
        }
        if (a[2] != null && !(a[2] instanceof PyNone)) {
            pool.retireAfter((int) Convert.toLong(a[2], "Pool"));
        }
        interpreter.onClose(pool::terminate); // as CPython's finalizer terminates a pool left open at exit
        return new PyPool(ts, interpreter, pool, program, forks);
    }

    private static PyPool pool(PyObject self) {
        return (PyPool) self;
    }

    /** apply(func, args=()): runs func(*args) in a worker and waits for its value. */
    private PyObject apply(Args args) {
        AsyncResult result = submit(args, "apply");
        return await(args.thread(), result::get);
    }

    /** apply_async(func, args=()): returns an AsyncResult at once. */
    private PyObject applyAsync(Args args) {
        return new PyAsyncResult(args.thread(), interpreter, submit(args, "apply_async"));
    }

    private AsyncResult submit(Args args, String method) {
        PyObject[] a = args.bind(method, 1, "func", "args", "kwds", "callback", "error_callback");
        for (int i = 2; i < a.length; i++) {
            if (a[i] != null && !(a[i] instanceof PyNone) && !(i == 2 && Ops.len(args.thread(), a[i]) == 0)) {
                throw PyErrors.notImplementedError(method + "'s " + List.of("func", "args", "kwds", "callback", "error_callback").get(i)
                        + " argument is not supported by the model");
            }
        }
        Spawn.Callee callee = Spawn.callee(args.thread(), a[0]);
        List<Object> values = a[1] == null ? List.of() : Spawn.values(args.thread(), a[1]);
        return submit(callee, values);
    }

    private AsyncResult submit(Spawn.Callee callee, List<?> values) {
        try {
            return pool.submit(program, callee.function(), callee.args(values));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw Spawn.toPython(interpreter, e);
        }
    }

    private PyObject terminate(ThreadState ts) {
        return await(ts, () -> {
            pool.terminate();
            return null;
        });
    }

    /** Waits for a Java value without the GIL, then makes it a Python object with the GIL held again. */
    private PyObject await(ThreadState ts, Spawn.Wait<Object> wait) {
        return PoolValues.toPython(ts, Spawn.withoutGil(interpreter, ts, wait));
    }

    /** CPython terminates a pool that is garbage collected; so does the model when its last reference goes. */
    @Override
    protected void release(ThreadState ts) {
        pool.terminate();
        super.release(ts);
    }

    @Override
    protected String builtinRepr() {
        return "<multiprocessing.pool.Pool state=" + pool + ">";
    }
}
