package org.gillab.model.object;

import java.math.BigInteger;

/**
 * hash() as CPython computes it (Python/pyhash.c, Objects/longobject.c, floatobject.c, tupleobject.c):
 * numbers hash by their value modulo 2**61 - 1, so that hash(1) == hash(1.0) == hash(True); a tuple
 * mixes its items' hashes with xxHash's rounds; str and bytes hash their bytes with SipHash-1-3, keyed
 * as CPython is under PYTHONHASHSEED=0 (the model has no per-process randomisation), so sets of strings
 * iterate in the order that CPython run with PYTHONHASHSEED=0 shows.
 */
public final class Hashing {
    private Hashing() {}

    /** sys.hash_info's modulus, inf and imag: the prime numbers hash modulo, hash(inf), complex's imaginary factor. */
    public static final long MODULUS = (1L << 61) - 1;
    public static final long INF = 314159;
    public static final long IMAG = 1000003;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

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
        if (o instanceof PyComplex c && !(o instanceof PyComplex.Sub)) {
            return c.hash();
        }
        if (o instanceof PyStr s && !(o instanceof PyStr.Sub)) {
            return s.hash();
        }
        if (o instanceof PyTuple t && !t.type().overrides("__hash__")) {
            return ofTuple(t);
        }
        if (o instanceof PyBytes b && !(o instanceof PyBytes.Sub)) {
            return b.hash();
        }
        if (o instanceof PySet s && !s.type().isHeapType()) {
            return builtinHash(s);
        }
        if (o instanceof PyRange r) {
            return r.hash();
        }
        if (o instanceof PyMemoryView m) {
            return m.hash();
        }
        if (o instanceof PyInstance || o.type().isHeapType()) {
            return Slots.pythonHash(o);
        }
        if (o instanceof SubclassableObject s) { // its full hash, not the Java int hashCode() folds it to
            return s.builtinHash();
        }
        return o.hashCode();
    }

    /**
     * The hash the built-in type defines (its tp_hash), whatever a subclass's __hash__ says: what
     * int.__hash__(x) and a subclass that does not override __hash__ use; identity for plain objects.
     */
    static long builtinHash(PyObject o) {
        if (o instanceof PyStr s) {
            return s.hash();
        }
        if (o instanceof NumberInstance n) {
            return hash(n.value);
        }
        if (o instanceof PyTuple t) {
            return ofTuple(t);
        }
        if (o instanceof PyBytes b) {
            return b.hash();
        }
        if (o instanceof PyComplex c) {
            return c.hash();
        }
        if (o instanceof PySet s) {
            if (!s.frozen) {
                throw PyErrors.typeError("unhashable type: '" + o.type().name() + "'");
            }
            return s.frozenHash();
        }
        if (o instanceof PyInstance || o instanceof PyType) {
            return identity(o);
        }
        if (o instanceof SubclassableObject s) { // a subclass's: hash(o) would come back here through its type
            return s.builtinHash();
        }
        return hash(o);
    }

    /** _Py_HashBytes: SipHash-1-3 of the bytes with the zero key; 0 for no bytes. */
    static long ofBytes(byte[] data) {
        return data.length == 0 ? 0 : fix(sipHash13(data, data.length));
    }

    /**
     * A str's hash: SipHash-1-3 of its code points laid out as CPython stores them (PEP 393): one byte each
     * when all are below 256, else two (UCS-2) or four (UCS-4) bytes each, little-endian.
     */
    static long ofString(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int max = 0;
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            max = Math.max(max, c);
            i += Character.charCount(c);
            count++;
        }
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[count * width];
        int at = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            for (int k = 0; k < width; k++) {
                data[at++] = (byte) (c >>> (8 * k));
            }
        }
        return fix(sipHash13(data, data.length));
    }

    /** SipHash-1-3 (Aumasson and Bernstein; one compression and three finalization rounds) with k0 = k1 = 0. */
    private static long sipHash13(byte[] data, int length) {
        long v0 = 0x736f6d6570736575L;
        long v1 = 0x646f72616e646f6dL;
        long v2 = 0x6c7967656e657261L;
        long v3 = 0x7465646279746573L;
        int blocks = length / 8;
        for (int b = 0; b < blocks; b++) {
            long m = 0;
            for (int k = 7; k >= 0; k--) {
                m = (m << 8) | (data[b * 8 + k] & 0xFFL);
            }
            v3 ^= m;
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long last = ((long) length) << 56;
        for (int k = length - 1; k >= blocks * 8; k--) {
            last |= (data[k] & 0xFFL) << (8 * (k - blocks * 8));
        }
        v3 ^= last;
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
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
