package org.gillab.model.object;

import java.math.BigInteger;

/**
 * hash() as CPython computes it (Python/pyhash.c, Objects/longobject.c, floatobject.c, tupleobject.c):
 * numbers hash by their value modulo 2**61 - 1, so that hash(1) == hash(1.0) == hash(True); a tuple
 * mixes its items' hashes with xxHash's rounds. Strings hash with SipHash-1-3 over their canonical
 * representation, as CPython 3.11 does with PYTHONHASHSEED=0 (a zero key): so sets of strings iterate
 * in the order python3 shows under that seed.
 */
public final class Hashing {
    private Hashing() {}

    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INF = 314159;

    /** hash(o), raising TypeError for unhashable objects. */
    public static long hash(PyObject o) {
        if (o instanceof PyInt i) {
            return ofInt(i);
        }
        if (o instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        if (o instanceof PyFloat f) {
            return ofDouble(f.value, f);
        }
        if (o instanceof PyStr s) {
            return s.hash();
        }
        if (o instanceof PyTuple t && !t.type().isHeapType()) {
            return ofTuple(t);
        }
        if (o instanceof PyInstance || o.type().isHeapType()) {
            return Slots.pythonHash(o);
        }
        return o.hashCode();
    }

    /**
     * unicode_hash: _Py_HashBytes of the string's PEP 393 representation, one, two or four bytes per code
     * point (little-endian) by its widest character; the empty string hashes to 0.
     */
    static long ofString(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        int[] points = value.codePoints().toArray();
        int max = 0;
        for (int p : points) {
            max = Math.max(max, p);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[points.length * kind];
        for (int i = 0; i < points.length; i++) {
            for (int b = 0; b < kind; b++) {
                data[i * kind + b] = (byte) (points[i] >>> (8 * b));
            }
        }
        return fix(sipHash13(data));
    }

    /** SipHash-1-3 with a zero key and CPython's final fold (Python/pyhash.c siphash13). */
    private static long sipHash13(byte[] data) {
        long v0 = 0x736f6d6570736575L;
        long v1 = 0x646f72616e646f6dL;
        long v2 = 0x6c7967656e657261L;
        long v3 = 0x7465646279746573L;
        int n = data.length;
        int whole = n & ~7;
        for (int i = 0; i < whole; i += 8) {
            long m = littleEndian(data, i, 8);
            v3 ^= m;
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long b = ((long) n << 56) | littleEndian(data, whole, n - whole);
        v3 ^= b;
        for (int round = 0; round < 4; round++) {
            if (round == 1) {
                v0 ^= b;
                v2 ^= 0xff;
            }
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static long littleEndian(byte[] data, int from, int count) {
        long v = 0;
        for (int i = count - 1; i >= 0; i--) {
            v = (v << 8) | (data[from + i] & 0xFF);
        }
        return v;
    }

    /** long_hash: the value modulo 2**61 - 1 with its sign; -1 is -2. */
    public static long ofInt(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            h = v == Long.MIN_VALUE ? -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue())
                    : v >= 0 ? v % MODULUS : -((-v) % MODULUS);
        } else {
            BigInteger abs = i.big.abs().mod(BIG_MODULUS);
            h = i.big.signum() < 0 ? -abs.longValue() : abs.longValue();
        }
        return fix(h);
    }

    /** _Py_HashDouble: integral floats hash like the int; others by their exact rational value. */
    static long ofDouble(double v, PyObject self) {
        if (Double.isNaN(v)) {
            return identity(self);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return ofInt(PyInt.constant((long) v));
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        BigInteger unscaled = exact.unscaledValue();
        int scale = exact.scale();
        BigInteger num = unscaled.abs().mod(BIG_MODULUS);
        BigInteger inverse = BigInteger.TEN.modPow(BigInteger.valueOf(scale), BIG_MODULUS).modInverse(BIG_MODULUS);
        long h = num.multiply(inverse).mod(BIG_MODULUS).longValue();
        return fix(v < 0 ? -h : h);
    }

    /** tuplehash (3.8+): xxHash-style rounds over the items' hashes. */
    static long ofTuple(PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (int i = 0; i < t.size(); i++) {
            long lane = hash(t.get(i));
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** object.__hash__: derived from the identity (id >> 4, rotated, as _Py_HashPointer). */
    static long identity(PyObject o) {
        long id = System.identityHashCode(o);
        return fix(Long.rotateRight(id, 4));
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    /** The 32 bits of a Python hash that Java's hash maps use. */
    static int java(long h) {
        return (int) (h ^ (h >>> 32));
    }

    /** The hashability rule for built-in containers used as dict keys or set items. */
    static void requireHashable(PyObject key) {
        if (key instanceof PyList || key instanceof PyDict || key instanceof PySet s && !s.frozen
                || key instanceof PyBytes b && b.mutable) {
            throw PyErrors.typeError("unhashable type: '" + key.type().name() + "'");
        }
    }
}
