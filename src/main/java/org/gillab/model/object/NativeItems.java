package org.gillab.model.object;

import java.math.BigInteger;

/**
 * The items of a memoryview in the native struct formats it can be cast to (memoryobject.c's unpack_single
 * and pack_single): one byte for 'B', 'b', 'c' and '?', then 'h'/'H', 'i'/'I', 'f', and eight bytes for
 * 'l'/'L', 'q'/'Q', 'n'/'N', 'P' and 'd', little-endian as on the machines CPython is measured on. The
 * half float 'e' is left out (the model's memoryview does not cast to it).
 */
final class NativeItems {
    private NativeItems() {}

    /** The formats a view can be cast to, past the byte ones. */
    static final String WIDER = "?hHiIlLqQnNfdP";
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    /** The size of an item of {@code kind} (1 for the byte formats). */
    static int size(char kind) {
        return switch (kind) {
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> 1;
        };
    }

    private static boolean signed(char kind) {
        return kind == 'b' || kind == 'h' || kind == 'i' || kind == 'l' || kind == 'q' || kind == 'n';
    }

    private static long read(byte[] data, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | data[at + k] & 0xff;
        }
        return v;
    }

    private static byte[] write(long v, int size) {
        byte[] out = new byte[size];
        for (int k = 0; k < size; k++) {
            out[k] = (byte) (v >>> 8 * k);
        }
        return out;
    }

    /** The integer item at {@code at}, sign-extended for the signed formats; unsigned 8-byte ones may exceed a long. */
    private static BigInteger integer(char kind, byte[] data, int at) {
        int size = size(kind);
        long raw = read(data, at, size);
        if (signed(kind)) {
            int shift = 64 - 8 * size;
            return BigInteger.valueOf(raw << shift >> shift);
        }
        BigInteger v = BigInteger.valueOf(raw);
        return raw < 0 ? v.add(TWO_TO_64) : v;
    }

    /** unpack_single: the item at {@code at} as a new reference. */
    static PyObject unpack(ThreadState ts, char kind, byte[] data, int at) {
        return switch (kind) {
            case 'c' -> new PyBytes(ts, new byte[] {data[at]}, false);
            case '?' -> PyBool.of(data[at] != 0);
            case 'f' -> new PyFloat(ts, Float.intBitsToFloat((int) read(data, at, 4)));
            case 'd' -> new PyFloat(ts, Double.longBitsToDouble(read(data, at, 8)));
            default -> PyInt.of(ts, integer(kind, data, at));
        };
    }

    /** The item at {@code at} as a Java value that equals another format's item when Python's == would. */
    static Object value(char kind, byte[] data, int at) {
        double d;
        switch (kind) {
            case 'c':
                return String.valueOf((char) (data[at] & 0xff));
            case '?':
                return data[at] != 0 ? BigInteger.ONE : BigInteger.ZERO;
            case 'f':
                d = Float.intBitsToFloat((int) read(data, at, 4));
                break;
            case 'd':
                d = Double.longBitsToDouble(read(data, at, 8));
                break;
            default:
                return integer(kind, data, at);
        }
        return Double.isFinite(d) && d == Math.rint(d) ? new java.math.BigDecimal(d).toBigInteger() : (Object) d;
    }

    /** pack_single: the bytes {@code value} packs to, or memoryview's TypeError/ValueError naming {@code format}. */
    static byte[] pack(ThreadState ts, char kind, String format, PyObject value) {
        switch (kind) {
            case 'c': {
                if (!(value instanceof PyBytes b) || b.mutable) {
                    throw PyErrors.typeError(invalid("type", format));
                }
                if (b.length() != 1) {
                    throw PyErrors.valueError(invalid("value", format));
                }
                return b.value().clone();
            }
            case '?':
                return new byte[] {(byte) (Ops.truthy(ts, value) ? 1 : 0)};
            case 'f':
            case 'd': {
                Double d = Numbers.asDouble(value);
                if (d == null) {
                    throw PyErrors.typeError(invalid("type", format));
                }
                if (kind == 'd') {
                    return write(Double.doubleToRawLongBits(d), 8);
                }
                // a plain C cast, as PACK_SINGLE's: too large a double becomes inf
                return write(Float.floatToRawIntBits((float) (double) d), 4);
            }
            default:
                return write(integer(ts, kind, format, value), size(kind));
        }
    }

    /** An int (or __index__) item in the format's range, as the long of its bits. */
    private static long integer(ThreadState ts, char kind, String format, PyObject value) {
        if (Numbers.asInt(value) == null && value.type().lookup("__index__") == null) {
            throw PyErrors.typeError(invalid("type", format));
        }
        PyInt i = Numbers.index(ts, value);
        BigInteger v;
        try {
            v = i.toBig();
        } finally {
            Numbers.releaseIndex(ts, i, value);
        }
        int bits = 8 * size(kind);
        BigInteger low = signed(kind) ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger high = signed(kind) ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
        if (v.compareTo(low) < 0 || v.compareTo(high) >= 0) {
            throw PyErrors.valueError(invalid("value", format));
        }
        return v.longValue();
    }

    private static String invalid(String what, String format) {
        return "memoryview: invalid " + what + " for format '" + format + "'";
    }
}
