package org.gillab.model.lib;

import com.sun.jna.CallbackProxy;
import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * A C function pointer that calls a Python function (Modules/_ctypes/callbacks.c, written for the model):
 * JNA makes the native trampoline; two converters of the ctypes package turn the C values (ints, floats
 * or None) into the function's arguments and its result back into a C value. The thread takes the GIL back
 * for the call when the foreign call that led here had released it (PyGILState_Ensure); an exception
 * is reported as unraisable and the C caller gets zero, as CPython's _CallPythonObject does.
 */
final class ForeignCallback extends PyObject implements CallbackProxy {
    static final PyType TYPE = PyType.builder("_ctypes.callback")
            .getter("address", (ts, self) -> PyInt.of(ts, Pointer.nativeValue(((ForeignCallback) self).pointer)))
            .build();

    /** Whether this thread is inside a foreign call made with the GIL released. */
    private static final ThreadLocal<Boolean> GIL_RELEASED = ThreadLocal.withInitial(() -> false);

    private final InterpreterState interp;
    private final PyObject function;
    /** argsFromC(*c_values) returns the tuple of arguments; resultToC(result) the C value. */
    private final PyObject argsFromC;
    private final PyObject resultToC;
    private final String argCodes;
    private final char resultCode;
    private final Pointer pointer;

    ForeignCallback(ThreadState ts, InterpreterState interp, PyObject function, PyObject argsFromC, PyObject resultToC,
            String argCodes, char resultCode) {
        super(ts);
        this.interp = interp;
        this.function = ts.newRef(function);
        this.argsFromC = ts.newRef(argsFromC);
        this.resultToC = ts.newRef(resultToC);
        this.argCodes = argCodes;
        this.resultCode = resultCode;
        this.pointer = CallbackReference.getFunctionPointer(this);
    }

    /** Runs a foreign call made with the GIL released, so that callbacks know to take it back. */
    static Object withGilReleased(Supplier<Object> call) {
        boolean outer = GIL_RELEASED.get();
        GIL_RELEASED.set(true);
        try {
            return call.get();
        } finally {
            GIL_RELEASED.set(outer);
        }
    }

    @Override
    public Object callback(Object[] args) {
        ThreadState ts = ThreadState.current();
        if (ts == null) { // CPython would make a thread state for a thread C started; the model cannot
            interp.stderr().println("ctypes: a callback called from a thread the model does not run returns 0");
            return zero();
        }
        boolean released = GIL_RELEASED.get();
        if (released) {
            take(ts);
            GIL_RELEASED.set(false);
        }
        try {
            return callPython(ts, args);
        } finally {
            if (released) {
                GIL_RELEASED.set(true);
                interp.gil().drop(ts.gilThread());
            }
        }
    }

    private Object callPython(ThreadState ts, Object[] args) {
        PyObject[] values = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = CtypesModule.fromJava(ts, argCodes.charAt(i), args[i]);
        }
        PyObject arguments = null;
        PyObject result = null;
        PyObject cValue = null;
        try {
            arguments = interp.call(ts, argsFromC, Args.of(ts, values));
            result = interp.call(ts, function, Args.of(ts, ((PyTuple) arguments).toArray()));
            cValue = interp.call(ts, resultToC, Args.of(ts, result));
            return resultCode == 'v' ? null : CtypesModule.toJava(resultCode, cValue);
        } catch (PythonException e) {
            interp.writeUnraisable(ts, "on calling ctypes callback function", function, e);
            ts.decref(e.exception());
            return zero();
        } finally {
            ts.xdecref(arguments);
            ts.xdecref(result);
            ts.xdecref(cValue);
            for (PyObject v : values) {
                ts.decref(v);
            }
        }
    }

    /** What C gets from a callback that raised. */
    private Object zero() {
        return switch (resultCode) {
            case 'i' -> 0;
            case 'l' -> 0L;
            case 'd' -> 0.0;
            case 'f' -> 0.0f;
            default -> null;
        };
    }

    private void take(ThreadState ts) {
        while (true) {
            try {
                interp.gil().take(ts.gilThread());
                return;
            } catch (InterruptedException e) {
                // a C caller cannot be unwound: keep waiting, the interrupt is seen once Python runs again
            }
        }
    }

    @Override
    public Class<?>[] getParameterTypes() {
        Class<?>[] types = new Class<?>[argCodes.length()];
        for (int i = 0; i < types.length; i++) {
            types[i] = CtypesModule.javaClass(argCodes.charAt(i));
        }
        return types;
    }

    @Override
    public Class<?> getReturnType() {
        return CtypesModule.javaClass(resultCode);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(function);
        ts.decref(argsFromC);
        ts.decref(resultToC);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(function);
        visit.accept(argsFromC);
        visit.accept(resultToC);
    }
}
