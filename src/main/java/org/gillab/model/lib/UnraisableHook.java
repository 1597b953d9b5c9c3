package org.gillab.model.lib;

import org.gillab.model.PythonException;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTraceback;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * sys.unraisablehook (Python/errors.c): where an exception nothing can catch goes — raised in __del__,
 * a weak reference's callback, a generator's finalizer, an atexit callback or a thread of _thread.
 * The interpreter calls the hook sys holds with a sys.UnraisableHookArgs; the default hook (also
 * sys.__unraisablehook__) prints "Exception ignored in: REPR", the traceback and the exception on
 * sys.stderr, without the exception's chain, as CPython's write_unraisable_exc_file does.
 */
final class UnraisableHook {
    private static final StructSequence ARGS = new StructSequence("UnraisableHookArgs",
            "exc_type", "exc_value", "exc_traceback", "err_msg", "object");

    private UnraisableHook() {}

    /** The default sys.unraisablehook of {@code interp}. */
    static PyBuiltin defaultHook(InterpreterState interp) {
        return new PyBuiltin("unraisablehook", "sys", args -> {
            args.expectPositional("unraisablehook", 1, 1);
            if (args.get(0).type() != ARGS.type()) {
                throw PyErrors.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            }
            PyTuple hookArgs = (PyTuple) args.get(0);
            interp.writeStderr(args.thread(), report(args.thread(), hookArgs.get(0), hookArgs.get(1), hookArgs.get(2),
                    hookArgs.get(3), hookArgs.get(4)));
            return PyNone.NONE;
        });
    }

    /**
     * _PyErr_WriteUnraisableMsg: calls sys.unraisablehook (the default one's report when it is None or
     * missing). {@code message} follows "Exception ignored": plain "in" is CPython's NULL message, which
     * the hook sees as err_msg None. A hook that raises is itself reported, by the default hook, as
     * "Exception ignored in sys.unraisablehook". The exception stays the caller's to drop.
     */
    static void write(InterpreterState interp, ThreadState ts, String message, PyObject object, PythonException e) {
        PyObject hook = interp.module("sys").dict().get("unraisablehook");
        PyException exception = e.exception();
        PyObject errorMessage = message.equals("in") ? PyNone.NONE : new PyStr(ts, "Exception ignored " + message);
        PyObject hookArgs = ARGS.make(ts, ts.newRef(exception.type()), ts.newRef(exception),
                exception.getAttr(ts, "__traceback__"), errorMessage, ts.newRef(object));
        try {
            if (hook == null || hook == PyNone.NONE) {
                PyTuple fields = (PyTuple) hookArgs;
                interp.writeStderr(ts, report(ts, fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4)));
            } else {
                ts.decref(ts.call(hook, hookArgs));
            }
        } catch (PythonException hookError) {
            PyException failure = hookError.exception();
            PyObject traceback = failure.getAttr(ts, "__traceback__");
            PyStr where = new PyStr(ts, "Exception ignored in sys.unraisablehook");
            interp.writeStderr(ts, report(ts, failure.type(), failure, traceback, where, hook));
            ts.decref(where);
            ts.decref(traceback);
            ts.decref(failure);
        } finally {
            ts.decref(hookArgs);
        }
    }

    /** write_unraisable_exc_file: the header, the traceback's frames, then "Type: message". */
    private static String report(ThreadState ts, PyObject type, PyObject value, PyObject traceback,
            PyObject errorMessage, PyObject object) {
        StringBuilder text = new StringBuilder();
        if (object != PyNone.NONE) {
            text.append(errorMessage == PyNone.NONE ? "Exception ignored in" : errorMessage.str()).append(": ");
            try {
                text.append(Ops.repr(ts, object));
            } catch (PythonException e) {
                ts.decref(e.exception());
                text.append("<object repr() failed>");
            }
            text.append('\n');
        } else if (errorMessage != PyNone.NONE) {
            text.append(errorMessage.str()).append(":\n");
        }
        if (traceback instanceof PyTraceback tb) {
            text.append("Traceback (most recent call last):\n").append(PythonException.formatFrames(tb.frames()));
        }
        if (value instanceof PyException exception) {
            text.append(exception.formatLastLine()).append('\n');
        } else if (type instanceof PyType t) {
            text.append(t.name()).append('\n');
        }
        return text.toString();
    }
}
