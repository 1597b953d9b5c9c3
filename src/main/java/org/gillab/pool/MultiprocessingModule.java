package org.gillab.pool;

import org.gillab.model.Interpreter;
import org.gillab.model.ModuleProvider;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * The model's {@code _multiprocessing} module, the Java part under the model's multiprocessing
 * package (src/main/resources/org/gillab/model/lib/multiprocessing, Python as CPython's
 * Lib/multiprocessing is, over CPython's C {@code _multiprocessing}): Pool and Process on real OS
 * processes with CPython's spawn semantics (each worker re-runs the main program as __mp_main__ and
 * calls functions by name), SharedHandle for the objects processes share, cpu_count. Found by the
 * model through {@link java.util.ServiceLoader}.
 */
public final class MultiprocessingModule implements ModuleProvider {
    @Override
    public String name() {
        return "_multiprocessing";
    }

    /** This worker's name, as its parent named it (Process-N); pool workers keep the default. */
    private static volatile String workerName = "SpawnPoolWorker-1";

    /** (name, parent pid): ("MainProcess", None) in the process that runs the program. */
    private static PyObject thisProcess(ThreadState ts) {
        if (ParentLink.current() == null) {
            return PyTuple.of(ts, PyStr.constant("MainProcess"), PyNone.NONE);
        }
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        PyObject name = new PyStr(ts, workerName);
        PyObject pid = PyInt.of(ts, parent);
        try {
            return PyTuple.of(ts, name, pid);
        } finally {
            ts.decref(name);
            ts.decref(pid);
        }
    }

    /**
     * _become(name, globals), a Process's first task in its worker: the name current_process() gives,
     * and the parent's data globals set in __mp_main__ (see Spawn.inheritedGlobals).
     */
    private static PyObject become(org.gillab.model.object.Args args) {
        ThreadState ts = args.thread();
        workerName = args.get(0).str();
        PyModule main = ((org.gillab.model.vm.InterpreterState) ts.invoker()).module(PoolValues.MP_MAIN);
        if (main != null && args.get(1) instanceof org.gillab.model.object.PyDict globals) {
            for (var e : globals.snapshot()) {
                main.dict().put(ts, e.getKey(), e.getValue());
            }
        }
        return PyNone.NONE;
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
                .add("WorkerDiedError", Spawn.WORKER_DIED_ERROR)
                .function("wait_any", args -> PyAsyncResult.waitAny(interpreter, args))
                .function("this_process", args -> thisProcess(args.thread()))
                .function("active_children", args -> PyProcess.activeChildren(args.thread()))
                .function("_become", MultiprocessingModule::become)
                .add("TimeoutError", org.gillab.model.object.PyErrors.TIMEOUT_ERROR);
    }
}
