package org.gillab.model.object;

import java.math.BigInteger;

/**
 * hash() as CPython computes it (Python/pyhash.c, Objects/longobject.c, floatobject.c, tupleobject.c):
 * numbers hash by their value modulo 2**61 - 1, so that hash(1) == hash(1.0) == hash(True); a tuple
 * mixes its items' hashes with xxHash's rounds. Strings hash with Java's String hash (CPython's are
 * randomised per process, so no program can depend on them).
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
            return fix(s.value.hashCode());
        }
        if (o instanceof PyTuple t && !t.type().overrides("__hash__")) {
            return ofTuple(t);
        }
        if (o instanceof PyInstance || o.type().isHeapType()) {
            return Slots.pythonHash(o);
        }
        return o.hashCode();
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
