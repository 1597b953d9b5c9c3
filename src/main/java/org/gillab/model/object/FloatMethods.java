package org.gillab.model.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * float (Objects/floatobject.c): the constructor, the methods and attributes, and the slots as special
 * methods. self is read through {@link Numbers#floatValue}, so instances of float's subclasses
 * ({@link NumberInstance}) are served by the same code.
 */
final class FloatMethods {
    private FloatMethods() {}

    /** The number slots float fills; its binary ones take ints and floats (float_add's CONVERT_TO_DOUBLE). */
    private static final String[] FLOAT_SLOTS = {
        "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
        "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
        "__int__", "__float__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__"};

    private static double self(PyObject self) {
        return Numbers.floatValue(self).value;
    }

    static PyType floatType() {
        PyType.Builder b = PyType.builder("float").newInstance(FloatMethods::newFloat).withoutInstanceDict();
        SlotWrappers.add(b, Numbers::isNumeric, FLOAT_SLOTS);
        SlotWrappers.define(b, "__repr__", (self, a) -> {
            a.noArgs("float.__repr__");
            return new PyStr(a.thread(), Numbers.floatRepr(self(self)));
        });
        return b
                .method("conjugate", (self, a) -> {
                    a.noArgs("float.conjugate");
                    return a.thread().newRef(Numbers.floatValue(self));
                })
                .method("__trunc__", (self, a) -> {
                    a.noArgs("float.__trunc__");
                    return Numbers.truncate(a.thread(), self(self));
                })
                .method("__floor__", (self, a) -> {
                    a.noArgs("float.__floor__");
                    return Numbers.truncate(a.thread(), Math.floor(self(self)));
                })
                .method("__ceil__", (self, a) -> {
                    a.noArgs("float.__ceil__");
                    return Numbers.truncate(a.thread(), Math.ceil(self(self)));
                })
                .method("__round__", FloatMethods::round)
                .method("as_integer_ratio", FloatMethods::integerRatio)
                .classMethod("fromhex", FloatMethods::fromHex)
                .method("hex", (self, a) -> {
                    a.noArgs("float.hex");
                    return new PyStr(a.thread(), hex(self(self)));
                })
                .method("is_integer", (self, a) -> {
                    a.noArgs("float.is_integer");
                    double v = self(self);
                    return PyBool.of(!Double.isInfinite(v) && v == Math.rint(v));
                })
                .method("__getnewargs__", (self, a) -> {
                    a.noArgs("float.__getnewargs__");
                    return PyTuple.of(a.thread(), Numbers.floatValue(self));
                })
                .classMethod("__getformat__", (cls, a) -> {
                    String type = StrMethods.strArg(a.oneArg("float.__getformat__"), "__getformat__", 0);
                    if (!type.equals("double") && !type.equals("float")) {
                        throw PyErrors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
                    }
                    return new PyStr(a.thread(), "IEEE, little-endian");
                })
                .method("__format__", (self, a) -> {
                    String spec = StrMethods.strArg(a.oneArg("float.__format__"), "__format__", 0);
                    // an empty spec is str(self), as CPython's format_obj: a subclass's __str__ shows
                    return new PyStr(a.thread(), spec.isEmpty() ? self.str() : Format.format(Numbers.floatValue(self), spec));
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("float.__sizeof__");
                    return PyInt.of(a.thread(), 24);
                })
                .getter("real", (ts, self) -> ts.newRef(Numbers.floatValue(self)))
                .getter("imag", (ts, self) -> new PyFloat(ts, 0.0))
                .build();
    }

    /** float(x=0.0): a number, a string or bytes parsed, __float__, or __index__. */
    private static PyObject newFloat(PyType cls, Args args) {
        args.checkPositional("float", "float", 0, 1);
        ThreadState ts = args.thread();
        PyObject value = args.size() == 0 ? new PyFloat(ts, 0.0) : floatOf(ts, args.get(0));
        if (cls == Types.FLOAT) {
            return value;
        }
        return new NumberInstance(ts, cls, value);
    }

    private static PyObject floatOf(ThreadState ts, PyObject x) {
        if (x instanceof PyStr || x instanceof PyBytes) {
            String text = x instanceof PyStr s ? s.value : PyBytes.latin1(((PyBytes) x).value());
            return new PyFloat(ts, Numbers.parseFloat(text, x instanceof PyStr ? x.repr() : x.repr()));
        }
        boolean overridden = x.type().isHeapType() && (x.type().overrides("__float__") || x.type().overrides("__index__"));
        if (!overridden) {
            PyFloat f = Numbers.floatValue(x);
            if (f != null) {
                return ts.newRef(f);
            }
            PyInt i = Numbers.asInt(x);
            if (i != null) {
                return new PyFloat(ts, i.toDouble());
            }
        }
        PyObject converted = Slots.callOptional(ts, x, "__float__");
        if (converted != null) {
            PyFloat f = Numbers.floatValue(converted);
            if (f == null) {
                ts.decref(converted);
                throw PyErrors.typeError(x.type().name() + ".__float__ returned non-float (type " + converted.type().name() + ")");
            }
            if (converted instanceof PyFloat) {
                return converted;
            }
            PyObject plain = ts.newRef(f);
            ts.decref(converted);
            return plain;
        }
        PyObject index = Slots.callOptional(ts, x, "__index__");
        if (index != null) {
            try {
                PyInt i = Numbers.asInt(index);
                if (i == null) {
                    throw PyErrors.typeError("__index__ returned non-int (type " + index.type().name() + ")");
                }
                return new PyFloat(ts, i.toDouble());
            } finally {
                ts.decref(index);
            }
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    /** float.__round__(ndigits=None): an int half to even, or a float correctly rounded at ndigits. */
    private static PyObject round(PyObject self, Args a) {
        a.checkPositional("__round__", "float.__round__", 0, 1);
        ThreadState ts = a.thread();
        double v = self(self);
        if (a.size() == 0 || a.get(0) == PyNone.NONE) {
            return Numbers.truncate(ts, Math.rint(v));
        }
        long digits = Convert.toLong(Numbers.index(ts, a.get(0)), "__round__");
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0 || digits > 400) {
            return new PyFloat(ts, v);
        }
        if (digits < -400) {
            return new PyFloat(ts, 0.0 * Math.signum(v));
        }
        double rounded = new BigDecimal(v).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(rounded)) {
            throw PyErrors.overflowError("rounded value too large to represent");
        }
        return new PyFloat(ts, rounded == 0.0 ? Math.copySign(0.0, v) : rounded);
    }

    private static PyObject integerRatio(PyObject self, Args a) {
        a.noArgs("float.as_integer_ratio");
        ThreadState ts = a.thread();
        double v = self(self);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw Double.isNaN(v) ? PyErrors.valueError("cannot convert NaN to integer ratio")
                    : PyErrors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal exact = new BigDecimal(v);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(Math.max(0, exact.scale()));
        if (exact.scale() < 0) {
            num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger g = num.gcd(den);
        return new PyTuple(ts, new PyObject[] {PyInt.of(ts, num.divide(g)), PyInt.of(ts, den.divide(g))});
    }

    /** float.hex(): [-]0x1.hhhhhhhhhhhhhp+e, with 13 hex digits, as float_hex prints it. */
    static String hex(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Numbers.floatRepr(v);
        }
        String sign = (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
        if (v == 0.0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(v);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        String digits = String.format("%013x", mantissa);
        if (exponent == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exponent - 1023;
        return sign + "0x1." + digits + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    /** float.fromhex(string), a classmethod: cls(value) for a subclass. */
    private static PyObject fromHex(PyObject cls, Args a) {
        if (!(a.oneArg("float.fromhex") instanceof PyStr hex)) {
            throw PyErrors.typeError("bad argument type for built-in operation");
        }
        String text = hex.value.strip();
        ThreadState ts = a.thread();
        PyFloat value = new PyFloat(ts, parseHex(text));
        if (cls == Types.FLOAT) {
            return value;
        }
        try {
            return ts.call(cls, value);
        } finally {
            ts.decref(value);
        }
    }

    private static double parseHex(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String sign = "";
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.substring(0, 1);
            t = t.substring(1);
        }
        if (t.equals("inf") || t.equals("infinity")) {
            return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals("nan")) {
            return Double.NaN;
        }
        if (t.startsWith("0x")) {
            t = t.substring(2);
        }
        if (!t.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
            throw PyErrors.valueError("invalid hexadecimal floating-point string");
        }
        if (!t.contains("p")) {
            t = t + "p0";
        }
        double v = Double.parseDouble(sign + "0x" + t);
        if (Double.isInfinite(v)) {
            throw PyErrors.overflowError("hexadecimal value too large to represent as a float");
        }
        return v;
    }
}
