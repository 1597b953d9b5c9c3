package org.gillab.pool;

import org.gillab.model.Interpreter;
import org.gillab.model.ModuleProvider;
import org.gillab.model.lib.ForkCopies;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * The model's {@code _multiprocessing} module, the Java part under the model's multiprocessing
 * package (src/main/resources/org/gillab/model/lib/multiprocessing, Python as CPython's
 * Lib/multiprocessing is, over CPython's C {@code _multiprocessing}): Pool and Process on real OS
 * processes with CPython's spawn semantics (each worker re-runs the main program as __mp_main__ and
 * calls functions by name), SharedHandle for the objects processes share, SemLock for their locks (in shared memory), cpu_count. Found by the
 * model through {@link java.util.ServiceLoader}.
 */
public final class MultiprocessingModule implements ModuleProvider {
    @Override
    public String name() {
        return "_multiprocessing";
    }

    /**
     * _inherit(forked_main, setup), a worker's first call: the parent's main module as a fork would have
     * left it (see {@link ForkedMain}), then setup() unless it is None.
     */
    private static PyObject inherit(Args args) {
        ThreadState ts = args.thread();
        args.expectPositional("_inherit", 2, 2);
        ForkedMain.restore(ts, (PyDict) args.get(0));
        return args.get(1) instanceof PyNone ? PyNone.NONE : ts.call(args.get(1), new PyObject[0]);
    }

    /** _lock(reentrant, count, owner, owned_by_forker): a _thread lock as a fork copied it (PoolValues sent it). */
    private static PyObject forkedLock(Args args) {
        args.expectPositional("_lock", 4, 4);
        return ForkCopies.lockCopy(args.thread(), new ForkCopies.LockState(args.get(0).truthy(),
                Convert.toLong(args.get(1), "_lock"), Convert.toLong(args.get(2), "_lock"), args.get(3).truthy()));
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        return new PyModule("_multiprocessing", true)
                .function("Pool", args -> PyPool.create(interpreter, args))
                .function("Process", args -> PyProcess.create(interpreter, args))
                .function("cpu_count", args -> {
                    args.expectPositional("cpu_count", 0, 0);
                    return PyInt.of(args.thread(), Runtime.getRuntime().availableProcessors());
                })
                .add("SharedHandle", SharedHandle.TYPE)
                .add("SemLock", PySemLock.TYPE)
                .add("WorkerDiedError", Spawn.WORKER_DIED_ERROR)
                .function("wait_any", args -> PyAsyncResult.waitAny(interpreter, args))
                .function("_inherit", MultiprocessingModule::inherit)
                .function("_function", args -> FunctionByValue.rebuild(args.thread(), args.positional()))
                .function("_lock", MultiprocessingModule::forkedLock);
    }
}
