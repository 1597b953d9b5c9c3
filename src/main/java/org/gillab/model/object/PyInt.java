package org.gillab.model.object;

import java.math.BigInteger;

/**
 * int. Values that fit a long live in {@link #value} (the fast path of the eval loop); others in
 * {@link #big}, as CPython's arbitrary-precision ints do, so arithmetic never wraps around silently.
 * -5..256 are cached and immortal (Objects/longobject.c's small ints): making them costs nothing.
 */
public final class PyInt extends PyObject {
    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i + SMALL_MIN);
        }
    }

    /** The value when {@link #big} is null. */
    public final long value;
    /** The value when it does not fit a long; null otherwise. */
    public final BigInteger big;

    private PyInt(ThreadState ts, long value) {
        super(ts);
        this.value = value;
        this.big = null;
    }

    private PyInt(ThreadState ts, BigInteger big) {
        super(ts);
        this.value = 0;
        this.big = big;
    }

    private PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** A new reference to the int {@code v}: cached when small, allocated otherwise. */
    public static PyInt of(ThreadState ts, long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(ts, v);
    }

    public static PyInt of(ThreadState ts, BigInteger v) {
        return fitsLong(v) ? of(ts, v.longValue()) : new PyInt(ts, v);
    }

    /** An immortal int, for code constants. */
    public static PyInt constant(long v) {
        return v >= SMALL_MIN && v <= SMALL_MAX ? SMALL[(int) v - SMALL_MIN] : new PyInt(v);
    }

    public static PyInt constant(BigInteger v) {
        return fitsLong(v) ? constant(v.longValue()) : new PyInt(v);
    }

    static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public double toDouble() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    @Override
    public PyType type() {
        return Types.INT;
    }

    @Override
    protected String builtinRepr() {
        return big != null ? IntStrDigits.toString(big, 10) : Long.toString(value);
    }

    @Override
    public boolean truthy() {
        return big != null || value != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject other && Numbers.isNumeric(other) && Numbers.compare(this, other) == 0
                || o instanceof PyComplex c && c.equals(this) // dict keys: 3 finds complex(3, 0)
                || Slots.decidesEquality(this, o);
    }

    @Override
    public int hashCode() {
        return Hashing.java(Hashing.hash(this));
    }
}
