package org.gillab.model.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * int and bool (Objects/longobject.c, boolobject.c): the constructor, the methods and attributes, and
 * the slots as special methods. Every method takes self as an int through {@link Numbers#asInt}, so bool
 * and instances of int's subclasses ({@link NumberInstance}) are served by the same code.
 */
final class IntMethods {
    private IntMethods() {}

    /** The number slots int fills; its binary ones take ints only (long_add's CHECK_BINOP). */
    private static final String[] INT_SLOTS = {
        "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
        "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__",
        "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__",
        "__or__", "__ror__", "__int__", "__float__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__",
        "__index__"};

    private static PyInt self(PyObject self) {
        return Numbers.asInt(self);
    }

    static PyType intType() {
        PyType.Builder b = PyType.builder("int").newInstance(IntMethods::newInt).withoutInstanceDict().variableSize();
        SlotWrappers.add(b, other -> Numbers.asInt(other) != null, INT_SLOTS);
        SlotWrappers.define(b, "__repr__", (self, a) -> {
            a.noArgs("int.__repr__");
            return new PyStr(a.thread(), self(self).repr());
        });
        return b
                .method("conjugate", (self, a) -> {
                    a.noArgs("int.conjugate");
                    return a.thread().newRef(self(self));
                })
                .method("bit_length", (self, a) -> {
                    a.noArgs("int.bit_length");
                    return PyInt.of(a.thread(), self(self).toBig().abs().bitLength());
                })
                .method("bit_count", (self, a) -> {
                    a.noArgs("int.bit_count");
                    return PyInt.of(a.thread(), self(self).toBig().abs().bitCount());
                })
                .method("to_bytes", IntMethods::toBytes)
                .classMethod("from_bytes", IntMethods::fromBytes)
                .method("as_integer_ratio", (self, a) -> {
                    a.noArgs("int.as_integer_ratio");
                    return PyTuple.of(a.thread(), self(self), PyInt.constant(1));
                })
                .method("__trunc__", (self, a) -> toInt(self, a, "int.__trunc__"))
                .method("__floor__", (self, a) -> toInt(self, a, "int.__floor__"))
                .method("__ceil__", (self, a) -> toInt(self, a, "int.__ceil__"))
                .method("__round__", IntMethods::round)
                .method("__getnewargs__", (self, a) -> {
                    a.noArgs("int.__getnewargs__");
                    return PyTuple.of(a.thread(), self(self));
                })
                .method("__format__", (self, a) -> {
                    String spec = StrMethods.strArg(a.oneArg("int.__format__"), "__format__", 0);
                    // an empty spec is str(self), as CPython's format_obj: a subclass's __str__ shows (an IntFlag's)
                    return new PyStr(a.thread(), spec.isEmpty() ? self.str() : Format.format(self(self), spec));
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("int.__sizeof__");
                    int digits = (self(self).toBig().abs().bitLength() + 29) / 30;
                    return PyInt.of(a.thread(), 24 + 4L * Math.max(1, digits));
                })
                .getter("real", (ts, self) -> ts.newRef(self(self)))
                .getter("imag", (ts, self) -> PyInt.of(ts, 0))
                .getter("numerator", (ts, self) -> ts.newRef(self(self)))
                .getter("denominator", (ts, self) -> PyInt.of(ts, 1))
                .build();
    }

    static PyType boolType() {
        PyType.Builder b = PyType.builder("bool").base(Types.INT).constructor(args -> {
            args.checkPositional("bool", "bool", 0, 1);
            return PyBool.of(args.size() == 1 && Ops.truthy(args.thread(), args.get(0)));
        }).notBaseType();
        SlotWrappers.add(b, other -> Numbers.asInt(other) != null, "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__");
        SlotWrappers.define(b, "__repr__", (self, a) -> {
            a.noArgs("bool.__repr__");
            return new PyStr(a.thread(), self.repr());
        });
        return b.build();
    }

    private static PyObject toInt(PyObject self, Args a, String qualname) {
        a.noArgs(qualname);
        return a.thread().newRef(self(self));
    }

    /** int(x=0) and int(x, base): a number truncated, a string or bytes parsed, __int__, __index__ or __trunc__. */
    static PyObject newInt(PyType cls, Args args) {
        PyObject value = intOf(args);
        if (cls == Types.INT) {
            return value;
        }
        return new NumberInstance(args.thread(), cls, value);
    }

    private static PyObject intOf(Args args) {
        PyObject[] a = args.bind("int", 0, "x", "base");
        ThreadState ts = args.thread();
        if (a[0] == null) {
            if (a[1] != null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            return PyInt.of(ts, 0);
        }
        PyObject x = a[0];
        if (x instanceof PyStr || x instanceof PyBytes) {
            String source = x instanceof PyStr s ? s.value : PyBytes.latin1(((PyBytes) x).value());
            long base = a[1] == null ? 10 : Convert.toLong(Numbers.index(ts, a[1]), "int");
            if (base != 0 && (base < 2 || base > 36)) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            // the literal as the message shows it: "%.200R", the first 200 characters of its repr
            String repr = x.repr();
            int shown = repr.codePointCount(0, repr.length()) > 200 ? repr.offsetByCodePoints(0, 200) : repr.length();
            return PyInt.of(ts, Numbers.parseInt(source, (int) base, repr.substring(0, shown)));
        }
        if (a[1] != null) {
            throw PyErrors.typeError("int() can't convert non-string with explicit base");
        }
        if (Numbers.asInt(x) != null || Numbers.floatValue(x) != null) {
            if (!x.type().isHeapType() || !x.type().overrides("__int__") && !x.type().overrides("__index__")) {
                return Numbers.toInt(ts, x);
            }
        }
        for (String method : new String[] {"__int__", "__index__"}) {
            PyObject converted = Slots.callOptional(ts, x, method);
            if (converted != null) {
                return intResult(ts, converted, method);
            }
        }
        PyObject truncated = Slots.callOptional(ts, x, "__trunc__");
        if (truncated != null) {
            if (Numbers.asInt(truncated) != null) {
                return intResult(ts, truncated, "__trunc__");
            }
            try {
                PyObject index = Slots.callOptional(ts, truncated, "__index__");
                if (index == null) {
                    throw PyErrors.typeError("__trunc__ returned non-Integral (type " + truncated.type().name() + ")");
                }
                return intResult(ts, index, "__index__");
            } finally {
                ts.decref(truncated);
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** The result of __int__ / __index__ as a plain int: an int subclass's instance is converted. */
    private static PyObject intResult(ThreadState ts, PyObject result, String method) {
        PyInt i = Numbers.asInt(result);
        if (i == null) {
            ts.decref(result);
            throw PyErrors.typeError(method + " returned non-int (type " + result.type().name() + ")");
        }
        if (result instanceof PyInt) {
            return result;
        }
        PyObject plain = ts.newRef(i);
        ts.decref(result);
        return plain;
    }

    /** int.__round__(ndigits=None): itself, or rounded half to even at a negative number of digits. */
    private static PyObject round(PyObject self, Args a) {
        a.checkPositional("__round__", "int.__round__", 0, 1);
        ThreadState ts = a.thread();
        PyInt value = self(self);
        if (a.size() == 0) {
            return ts.newRef(value);
        }
        long digits = Convert.toLong(Numbers.index(ts, a.get(0)), "__round__");
        if (digits >= 0) {
            return ts.newRef(value);
        }
        int scale = (int) Math.max(digits, -Integer.MAX_VALUE);
        BigDecimal rounded = new BigDecimal(value.toBig()).setScale(scale, RoundingMode.HALF_EVEN);
        return PyInt.of(ts, rounded.toBigInteger());
    }

    /** int.to_bytes(length=1, byteorder='big', *, signed=False). */
    private static PyObject toBytes(PyObject self, Args a) {
        PyObject[] p = a.bind("to_bytes", 0, 2, "length", "byteorder", "signed");
        ThreadState ts = a.thread();
        long length = p[0] == null ? 1 : Convert.toLong(Numbers.index(ts, p[0]), "to_bytes");
        boolean little = littleEndian(p[1]);
        boolean signed = p[2] != null && p[2].truthy();
        if (length < 0) {
            throw PyErrors.valueError("length argument must be non-negative");
        }
        BigInteger v = self(self).toBig();
        if (!signed && v.signum() < 0) {
            throw PyErrors.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw PyErrors.overflowError("int too big to convert");
        }
        byte[] big = v.toByteArray();
        byte[] out = new byte[(int) length];
        byte pad = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < out.length; i++) {
            int from = big.length - 1 - i;
            out[out.length - 1 - i] = from >= 0 ? big[from] : pad;
        }
        if (little) {
            reverse(out);
        }
        return new PyBytes(ts, out, false);
    }

    /** int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod: cls(value) for a subclass. */
    private static PyObject fromBytes(PyObject cls, Args a) {
        PyObject[] p = a.bind("from_bytes", 1, 2, "bytes", "byteorder", "signed");
        ThreadState ts = a.thread();
        boolean little = littleEndian(p[1]);
        boolean signed = p[2] != null && p[2].truthy();
        byte[] data = PyBytes.bytesFrom(ts, p[0]).clone();
        if (little) {
            reverse(data);
        }
        BigInteger v = data.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(data) : new BigInteger(1, data);
        PyInt value = PyInt.of(ts, v);
        if (cls == Types.INT) {
            return value;
        }
        try {
            return ts.call(cls, value);
        } finally {
            ts.decref(value);
        }
    }

    private static boolean littleEndian(PyObject byteorder) {
        if (byteorder == null) {
            return false;
        }
        String order = StrMethods.strArg(byteorder, "to_bytes", "'byteorder'");
        if (!order.equals("little") && !order.equals("big")) {
            throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
        }
        return order.equals("little");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }
}
