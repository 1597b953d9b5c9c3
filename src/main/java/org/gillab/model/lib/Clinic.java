package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;

/**
 * Argument conversions of CPython's C modules, with the messages Argument Clinic's generated converters give
 * (Py_ssize_t and integer arguments). The argument counts and keywords are checked by {@link Args} (oneArg,
 * checkPositional, bind, bindPositionalOnly), as for the model's built-in types.
 */
final class Clinic {
    private Clinic() {}

    /** A Py_ssize_t argument: an int or an object with __index__ (_PyNumber_Index), within 64 bits. */
    static long ssize(ThreadState ts, PyObject o) {
        PyInt i = Numbers.asInt(o);
        if (i != null) {
            return ssizeOf(i);
        }
        PyObject result = Slots.callOptional(ts, o, "__index__");
        if (result == null) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        try {
            PyInt r = Numbers.asInt(result);
            if (r == null) {
                throw PyErrors.typeError("__index__ returned non-int (type " + result.type().name() + ")");
            }
            return ssizeOf(r);
        } finally {
            ts.decref(result);
        }
    }

    /**
     * An integer argument of any size: an int or an object with __index__; {@code notAnInt} when it is
     * neither (the modules word that error their own way).
     */
    static java.math.BigInteger integer(ThreadState ts, PyObject o, java.util.function.Supplier<RuntimeException> notAnInt) {
        PyInt i = Numbers.asInt(o);
        if (i != null) {
            return i.toBig();
        }
        if (o.type().lookup("__index__") == null) {
            throw notAnInt.get();
        }
        PyInt r = Numbers.index(ts, o);
        try {
            return r.toBig();
        } finally {
            ts.decref(r);
        }
    }

    private static long ssizeOf(PyInt i) {
        if (i.isBig()) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }
}
