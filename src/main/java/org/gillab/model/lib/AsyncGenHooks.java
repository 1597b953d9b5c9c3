package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * sys.set_asyncgen_hooks and sys.get_asyncgen_hooks (Python/sysmodule.c): the calling thread's firstiter
 * hook, called with each async generator when it is first iterated, and finalizer hook, called with an
 * unfinished one when it is freed (PEP 525). asyncio's loop sets them while it runs.
 */
final class AsyncGenHooks {
    private AsyncGenHooks() {}

    private static final StructSequence HOOKS = new StructSequence("builtins.asyncgen_hooks", "firstiter", "finalizer");

    /** set_asyncgen_hooks([firstiter] [, finalizer]): an argument not given leaves its hook; None clears it. */
    static PyObject set(Args args) {
        ThreadState ts = args.thread();
        if (args.size() + args.keywordNames().size() > 2) {
            throw PyErrors.typeError("function takes at most 2 arguments (" + (args.size() + args.keywordNames().size()) + " given)");
        }
        for (String name : args.keywordNames()) {
            if (!name.equals("firstiter") && !name.equals("finalizer")) {
                throw PyErrors.typeError("'" + name + "' is an invalid keyword argument for this function");
            }
        }
        PyObject[] given = args.bind("set_asyncgen_hooks", 0, "firstiter", "finalizer");
        PyObject firstiter = given[0];
        PyObject finalizer = given[1];
        check(finalizer, "finalizer"); // sysmodule.c checks the finalizer first
        check(firstiter, "firstiter");
        if (finalizer != null) {
            PyObject old = ts.asyncGenFinalizer;
            ts.asyncGenFinalizer = finalizer == PyNone.NONE ? null : ts.newRef(finalizer);
            ts.xdecref(old);
        }
        if (firstiter != null) {
            PyObject old = ts.asyncGenFirstIter;
            ts.asyncGenFirstIter = firstiter == PyNone.NONE ? null : ts.newRef(firstiter);
            ts.xdecref(old);
        }
        return PyNone.NONE;
    }

    private static void check(PyObject hook, String name) {
        if (hook != null && hook != PyNone.NONE && !Ops.isCallable(hook)) {
            throw PyErrors.typeError("callable " + name + " expected, got " + hook.type().name());
        }
    }

    /** get_asyncgen_hooks(): asyncgen_hooks(firstiter=..., finalizer=...), None where unset. */
    static PyObject get(Args args) {
        args.expectPositional("get_asyncgen_hooks", 0, 0);
        ThreadState ts = args.thread();
        return HOOKS.make(ts, ts.newRef(orNone(ts.asyncGenFirstIter)), ts.newRef(orNone(ts.asyncGenFinalizer)));
    }

    private static PyObject orNone(PyObject hook) {
        return hook == null ? PyNone.NONE : hook;
    }
}
