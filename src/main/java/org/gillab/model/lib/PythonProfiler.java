package org.gillab.model.lib;

import java.util.ArrayDeque;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Attributes;
import org.gillab.model.object.ProfileHook;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyMethodDescriptor;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * sys.setprofile's function (Python/sysmodule.c's profile_trampoline): 'call' and 'return' for Python
 * frames, 'c_call', 'c_return' and 'c_exception' for the native functions CPython 3.11's CALL reports
 * (those cProfile labels). It is called with the running frame, an event and an argument (the returned
 * value, or the native function); its own calls report nothing, and one that raises is removed as by
 * sys.setprofile(None) before its exception propagates.
 */
public final class PythonProfiler implements ProfileHook {
    private static final PyStr CALL = PyStr.constant("call");
    private static final PyStr RETURN = PyStr.constant("return");
    private static final PyStr C_CALL = PyStr.constant("c_call");
    private static final PyStr C_RETURN = PyStr.constant("c_return");
    private static final PyStr C_EXCEPTION = PyStr.constant("c_exception");
    /** What a call the profile function was not told about leaves on {@link #entered}. */
    private static final Object UNREPORTED = new Object();
    /** What a reported Python frame leaves on {@link #entered}; a native call leaves its function. */
    private static final Object FRAME = new Object();

    private final ThreadState thread;
    private final PyObject function;
    private final ArrayDeque<Object> entered = new ArrayDeque<>();

    private PythonProfiler(ThreadState thread, PyObject function) {
        this.thread = thread;
        this.function = thread.newRef(function);
    }

    /** sys.setprofile(function) on thread {@code ts}: {@code function} borrowed, or null for None. */
    public static void install(ThreadState ts, PyObject function) {
        ProfileHook old = ts.profileHook;
        ts.profileHook = function == null ? null : new PythonProfiler(ts, function);
        if (old instanceof PythonProfiler replaced) {
            replaced.release();
        }
    }

    /** Drops the function and the native functions of calls still running, which will not be reported. */
    private void release() {
        for (Object call : entered) {
            if (call instanceof PyObject callable) {
                thread.decref(callable);
            }
        }
        entered.clear();
        thread.decref(function);
    }

    @Override
    public PyObject owner() {
        return function;
    }

    @Override
    public void enterCode(PyCode code, boolean fresh) {
        if (fresh && code.makesGenerator() || !report(CALL, PyNone.NONE)) {
            entered.push(UNREPORTED);
        } else {
            entered.push(FRAME);
        }
    }

    /**
     * A method descriptor called with its object first (lst.append(x) after LOAD_METHOD) is reported as the
     * method bound to that object, as trace_call_function binds it; called with no object it applies to, not at all.
     */
    @Override
    public boolean enterNative(PyObject callable, Args args) {
        if (thread.tracing > 0 || ProfileLabels.of(callable) == null) {
            return false;
        }
        PyObject reported;
        if (callable instanceof PyMethodDescriptor descriptor) {
            if (args.size() == 0 || !args.get(0).type().isSubtypeOf(descriptor.owner())) {
                return false; // the call raises the TypeError binding would
            }
            reported = Attributes.get(thread, callable, args.get(0), args.get(0).type());
        } else {
            reported = thread.newRef(callable);
        }
        entered.push(reported); // owned until leave
        report(C_CALL, reported);
        return true;
    }

    @Override
    public void leave(PyObject result) {
        Object call = entered.poll();
        if (call == FRAME) {
            report(RETURN, result == null ? PyNone.NONE : result);
        } else if (call instanceof PyObject callable) {
            try {
                report(result == null ? C_EXCEPTION : C_RETURN, callable);
            } finally {
                thread.decref(callable);
            }
        }
    }

    /** Calls the profile function with the running frame: false when it was not called (a profile or trace function runs). */
    private boolean report(PyStr event, PyObject arg) {
        ThreadState ts = thread;
        if (ts.tracing > 0) {
            return false;
        }
        PyObject frame = FrameObject.at(ts, 0);
        ts.incref(function); // kept while it runs, though it may replace itself
        ts.tracing++;
        try {
            ts.decref(ts.call(function, frame, event, arg));
        } catch (PythonException e) {
            if (ts.profileHook == this) {
                install(ts, null);
            }
            throw e;
        } finally {
            ts.tracing--;
            ts.decref(frame);
            ts.decref(function);
        }
        return true;
    }
}
