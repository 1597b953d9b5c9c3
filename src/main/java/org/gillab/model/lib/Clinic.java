package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;

/**
 * Argument checks of CPython's C modules, with the messages Argument Clinic's generated parsers give
 * (Python/getargs.c: _PyArg_CheckPositional, _PyArg_UnpackKeywords, METH_O and METH_NOARGS functions),
 * so that a wrong call of math.sqrt or bisect.insort reads as it does on CPython.
 */
final class Clinic {
    private Clinic() {}

    /** A METH_O function's single argument: "math.sqrt() takes exactly one argument (2 given)". */
    static PyObject one(Args args, String qualifiedName) {
        noKeywords(args, qualifiedName);
        if (args.size() != 1) {
            throw PyErrors.typeError(qualifiedName + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    /** A positional-only function of min..max arguments: "pow expected 2 arguments, got 1". */
    static void positional(Args args, String qualifiedName, String name, int min, int max) {
        noKeywords(args, qualifiedName);
        int n = args.size();
        if (n < min) {
            throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        if (n > max) {
            throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    static void noKeywords(Args args, String qualifiedName) {
        if (!args.keywordNames().isEmpty()) {
            throw PyErrors.typeError(qualifiedName + "() takes no keyword arguments");
        }
    }

    /**
     * Binds a function's arguments to {@code names}, of which the first {@code maxPositional} may be given by
     * position and the first {@code required} must be given; the rest are keyword-only. One slot per name,
     * null where an optional argument is absent (_PyArg_UnpackKeywords, as {@link Args#bind} checks it).
     */
    static PyObject[] keywords(Args args, String name, int required, int maxPositional, String... names) {
        return args.bind(name, required, maxPositional, names);
    }

    /**
     * Checks the positional-only parameters before {@code /} of a function whose other parameters
     * {@link #keywords} binds: "compress() takes at least 1 positional argument (0 given)".
     */
    static void positionalOnly(Args args, String name, int required, int maxPositional) {
        if (args.size() < required) {
            throw PyErrors.typeError(name + "() takes " + (required == maxPositional ? "exactly " : "at least ") + required
                    + " positional argument" + (required == 1 ? "" : "s") + " (" + args.size() + " given)");
        }
    }

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
