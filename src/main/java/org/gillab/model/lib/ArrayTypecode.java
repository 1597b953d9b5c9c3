package org.gillab.model.lib;

import java.math.BigInteger;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * The item types of array.array (Modules/arraymodule.c's descriptors), with the sizes of x86-64 Linux:
 * how a Python value becomes an item's bits (with the OverflowError and TypeError messages of each
 * typecode's setitem, which go through the C conversion the typecode's getargs format names first) and
 * how the bits become a Python value again. Items are stored little-endian, the native order.
 */
enum ArrayTypecode {
    b(1), B(1), u(4), h(2), H(2), i(4), I(4), l(8), L(8), q(8), Q(8), f(4), d(8);

    /** array.typecodes. */
    static final String ALL = "bBuhHiIlLqQfd";

    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    final int itemsize;

    ArrayTypecode(int itemsize) {
        this.itemsize = itemsize;
    }

    /** The typecode of a one-character str, or the ValueError array() gives for an unknown one. */
    static ArrayTypecode of(int c) {
        if (c < 128 && ALL.indexOf(c) >= 0) {
            return valueOf(String.valueOf((char) c));
        }
        throw PyErrors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }

    char code() {
        return name().charAt(0);
    }

    boolean isFloat() {
        return this == f || this == d;
    }

    /** A Python value as the item's bits (low {@code itemsize} bytes), checked as the typecode's setitem checks it. */
    long bits(ThreadState ts, PyObject value) {
        switch (this) {
            case u:
                if (value instanceof PyStr s && s.value.codePointCount(0, s.value.length()) == 1) {
                    return s.value.codePointAt(0);
                }
                throw PyErrors.typeError("array item must be unicode character");
            case f:
                return Float.floatToRawIntBits((float) Convert.toDouble(value, "array"));
            case d:
                return Double.doubleToRawLongBits(Convert.toDouble(value, "array"));
            default:
                PyInt n = Numbers.index(ts, value);
                try {
                    return integerBits(n);
                } finally {
                    Numbers.releaseIndex(ts, n, value);
                }
        }
    }

    private long integerBits(PyInt n) {
        switch (this) {
            case q:
                if (n.isBig()) {
                    throw PyErrors.overflowError("int too big to convert");
                }
                return n.value;
            case Q:
                return unsigned(n, "can't convert negative int to unsigned", "int too big to convert");
            case I:
                long bits = unsigned(n, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
                if (Long.compareUnsigned(bits, 0xFFFF_FFFFL) > 0) {
                    throw PyErrors.overflowError("unsigned int is greater than maximum");
                }
                return bits;
            case L:
                return unsigned(n, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
            default:
                break;
        }
        if (n.isBig()) {
            throw PyErrors.overflowError("Python int too large to convert to C long");
        }
        long v = n.value;
        switch (this) {
            case b:
                checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                checkRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
                break;
            case B:
                checkRange(v, 0, 255, "unsigned byte integer");
                break;
            case h:
                checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                break;
            case H:
                checkRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                checkRange(v, 0, 0xFFFF, "unsigned short");
                break;
            case i:
                checkRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                break;
            default:
                break;
        }
        return v;
    }

    private static long unsigned(PyInt n, String negative, String tooBig) {
        BigInteger big = n.toBig();
        if (big.signum() < 0) {
            throw PyErrors.overflowError(negative);
        }
        if (big.compareTo(ULONG_MAX) > 0) {
            throw PyErrors.overflowError(tooBig);
        }
        return big.longValue();
    }

    private static void checkRange(long v, long min, long max, String what) {
        if (v < min) {
            throw PyErrors.overflowError(what + " is less than minimum");
        }
        if (v > max) {
            throw PyErrors.overflowError(what + " is greater than maximum");
        }
    }

    /** The Python value of an item's bits (a new reference). */
    PyObject box(ThreadState ts, long bits) {
        return switch (this) {
            case u -> PyStr.of(ts, (int) bits);
            case f -> new PyFloat(ts, Float.intBitsToFloat((int) bits));
            case d -> new PyFloat(ts, Double.longBitsToDouble(bits));
            case B, H, I -> PyInt.of(ts, bits & (-1L >>> (64 - 8 * itemsize)));
            case L, Q -> bits >= 0 ? PyInt.of(ts, bits) : PyInt.of(ts, new BigInteger(Long.toUnsignedString(bits)));
            default -> PyInt.of(ts, bits << (64 - 8 * itemsize) >> (64 - 8 * itemsize));
        };
    }

    /** Reads item {@code index} of {@code data}: its bits, little-endian. */
    long read(byte[] data, int index) {
        long bits = 0;
        int at = index * itemsize;
        for (int k = itemsize - 1; k >= 0; k--) {
            bits = bits << 8 | (data[at + k] & 0xFF);
        }
        return bits;
    }

    /** Writes item {@code index} of {@code data}, little-endian. */
    void write(byte[] data, int index, long bits) {
        int at = index * itemsize;
        for (int k = 0; k < itemsize; k++) {
            data[at + k] = (byte) (bits >>> (8 * k));
        }
    }
}
