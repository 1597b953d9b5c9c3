package org.gillab.model.lib;

import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The atexit module (Modules/atexitmodule.c): functions to call when the program ends, after
 * threading has joined the non-daemon threads, last registered first. An exception in one is reported
 * ("Exception ignored in atexit callback") and the others still run. The callbacks are kept as
 * (func, args, kwargs) tuples in a list the module holds (_callbacks), so reference counts stay exact.
 */
final class AtexitModule {
    private AtexitModule() {}

    static PyModule create(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        PyList callbacks = new PyList(ts);
        PyModule module = new PyModule("atexit", true)
                .function("register", args -> register(callbacks, args))
                .function("unregister", args -> {
                    args.expectPositional("unregister", 1, 1);
                    unregister(callbacks, args.thread(), args.get(0));
                    return PyNone.NONE;
                })
                .function("_run_exitfuncs", args -> {
                    runAll(interp, callbacks, args.thread());
                    return PyNone.NONE;
                })
                .function("_clear", args -> {
                    callbacks.clear(args.thread());
                    return PyNone.NONE;
                })
                .function("_ncallbacks", args -> PyInt.of(args.thread(), callbacks.size()));
        module.dict().put(ts, "_callbacks", callbacks);
        ts.decref(callbacks);
        return module;
    }

    /** register(func, *args, **kwargs): func, to be called at exit with those arguments. */
    private static PyObject register(PyList callbacks, Args args) {
        if (args.size() == 0) {
            throw PyErrors.typeError("register() takes at least 1 argument (0 given)");
        }
        PyObject func = args.get(0);
        if (!Ops.isCallable(func)) {
            throw PyErrors.typeError("the first argument must be callable");
        }
        ThreadState ts = args.thread();
        PyObject[] positional = args.positional().subList(1, args.size()).toArray(new PyObject[0]);
        PyDict kwargs = new PyDict(ts);
        for (String name : args.keywordNames()) {
            kwargs.put(ts, name, args.keyword(name));
        }
        PyTuple rest = PyTuple.of(ts, positional);
        PyTuple entry = PyTuple.of(ts, func, rest, kwargs);
        ts.decref(rest);
        ts.decref(kwargs);
        callbacks.appendOwned(entry);
        return ts.newRef(func);
    }

    /** unregister(func): forgets every registration of a function equal to func. */
    private static void unregister(PyList callbacks, ThreadState ts, PyObject func) {
        for (int i = callbacks.size() - 1; i >= 0; i--) {
            PyObject registered = ((PyTuple) callbacks.get(i)).get(0);
            if (Ops.equal(ts, registered, func)) {
                ts.decref(callbacks.remove(i));
            }
        }
    }

    /** atexit._run_exitfuncs(): every callback, last registered first, then none are left. */
    private static void runAll(InterpreterState interp, PyList callbacks, ThreadState ts) {
        List<PyObject> entries = callbacks.snapshot();
        entries.forEach(ts::incref);
        callbacks.clear(ts);
        try {
            for (int i = entries.size() - 1; i >= 0; i--) {
                PyTuple entry = (PyTuple) entries.get(i);
                try {
                    ts.decref(ts.invoker().call(ts, entry.get(0), Args.unpack(ts, (PyTuple) entry.get(1), (PyDict) entry.get(2))));
                } catch (PythonException e) {
                    interp.writeUnraisable(ts, "in atexit callback", entry.get(0), e);
                    ts.decref(e.exception());
                }
            }
        } finally {
            entries.forEach(ts::decref);
        }
    }
}
