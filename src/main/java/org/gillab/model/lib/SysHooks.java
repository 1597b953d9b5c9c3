package org.gillab.model.lib;

import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;
import org.gillab.model.vm.InterpreterState;

/**
 * The hooks and introspection sys offers debuggers and auditors (Python/sysmodule.c): audit and
 * addaudithook (PEP 578), breakpointhook (PEP 553), call_tracing, _current_exceptions and getallocatedblocks.
 */
final class SysHooks {
    private SysHooks() {}

    /** What breakpointhook calls when $PYTHONBREAKPOINT is unset or empty. */
    private static final String DEFAULT_BREAKPOINT = "pdb.set_trace";

    static PyModule addTo(PyModule sys, InterpreterState interp) {
        PyBuiltin breakpointhook = new PyBuiltin("breakpointhook", args -> breakpointhook(interp, args));
        return sys.add("breakpointhook", breakpointhook)
                .add("__breakpointhook__", breakpointhook)
                .function("audit", args -> {
                    args.noKeywords("sys.audit");
                    if (args.size() == 0) {
                        throw PyErrors.typeError("audit() missing 1 required positional argument: 'event'");
                    }
                    PyObject event = args.get(0);
                    if (!Ops.isInstance(args.thread(), event, Types.STR)) {
                        throw PyErrors.typeError("expected str for argument 'event', not " + event.type().name());
                    }
                    List<PyObject> rest = args.positional().subList(1, args.size());
                    interp.auditHooks().audit(args.thread(), event.str(), rest.toArray(new PyObject[0]));
                    return PyNone.NONE;
                })
                .function("addaudithook", args -> {
                    interp.auditHooks().add(args.thread(), args.bind("addaudithook", 1, "hook")[0]);
                    return PyNone.NONE;
                })
                .function("call_tracing", args -> {
                    // CPython turns tracing back on for the call (a debugger's trace function calling code to
                    // trace); the model's trace functions are not suspended while they run, so this is a call
                    args.checkPositional("call_tracing", "call_tracing", 2, 2);
                    if (!(args.get(1) instanceof PyTuple arguments)) {
                        throw PyErrors.badArgument("call_tracing() argument 2", "tuple", args.get(1));
                    }
                    return interp.call(args.thread(), args.get(0), Args.unpack(args.thread(), arguments, null));
                })
                .function("_current_exceptions", args -> {
                    args.noArgs("sys._current_exceptions");
                    interp.auditHooks().audit(args.thread(), "sys._current_exceptions");
                    return currentExceptions(args.thread());
                })
                .function("getallocatedblocks", args -> {
                    args.noArgs("sys.getallocatedblocks");
                    // the model's blocks are its counted objects: those allocated and not yet freed
                    return PyInt.of(args.thread(), interp.heap().stats().live());
                });
    }

    /** sys.exc_info() of one thread: (type, value, traceback), or three Nones when it handles no exception. */
    static PyTuple excInfo(ThreadState ts, PyObject e) {
        if (e == null) {
            return PyTuple.of(ts, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        PyObject tb = e.getAttr(ts, "__traceback__");
        PyTuple info = PyTuple.of(ts, e.type(), e, tb);
        ts.decref(tb);
        return info;
    }

    /** 3.11's _current_exceptions(): each thread's ident to its exc_info(), for the threads _current_frames lists. */
    private static PyDict currentExceptions(ThreadState ts) {
        PyDict exceptions = new PyDict(ts);
        for (ThreadState thread : ts.heap().threads()) {
            if (thread.ident != 0 && thread.frame != null) {
                PyObject ident = PyInt.of(ts, thread.ident);
                PyObject info = excInfo(ts, thread.handledException());
                exceptions.put(ts, ident, info);
                ts.decref(ident);
                ts.decref(info);
            }
        }
        return exceptions;
    }

    /**
     * sys.breakpointhook(*args, **kws) (sys_breakpointhook): calls the function $PYTHONBREAKPOINT names
     * ("module.function", or a builtin's name), read from the environment at each call; "0" turns
     * breakpoints off. One that cannot be imported is ignored with a RuntimeWarning, as the default
     * pdb.set_trace is on the model, which has no pdb.
     */
    private static PyObject breakpointhook(InterpreterState interp, Args args) {
        ThreadState ts = args.thread();
        PyObject setting = ((PyDict) interp.importModule(ts, "posix").dict().get("environ")).get("PYTHONBREAKPOINT");
        String name = setting == null || setting.str().isEmpty() ? DEFAULT_BREAKPOINT : setting.str();
        if (name.equals("0")) {
            return PyNone.NONE;
        }
        PyObject hook = importHook(interp, ts, name);
        if (hook == null) {
            PyErrors.warn(ts, PyErrors.RUNTIME_WARNING, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + name + "\"");
            return PyNone.NONE;
        }
        try {
            return interp.call(ts, hook, args);
        } finally {
            ts.decref(hook);
        }
    }

    /** The function "module.attribute" (or builtins' "attribute") names, a new reference, or null when there is none. */
    private static PyObject importHook(InterpreterState interp, ThreadState ts, String name) {
        int dot = name.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : name.substring(0, dot);
        String attribute = name.substring(dot + 1);
        if (attribute.isEmpty() || List.of(module.split("\\.", -1)).contains("")) {
            return null;
        }
        try {
            return interp.importModule(ts, module).getAttr(ts, attribute);
        } catch (PythonException e) {
            if (!e.is("ImportError") && !e.is("AttributeError")) {
                throw e;
            }
            ts.decref(e.exception());
            return null;
        }
    }
}
