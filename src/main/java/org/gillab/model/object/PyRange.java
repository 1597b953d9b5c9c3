package org.gillab.model.object;

/** range(start, stop, step) over longs. */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(ThreadState ts, long start, long stop, long step) {
        super(ts);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long get(long index) {
        return start + index * step;
    }

    /** x in range: arithmetic for ints, == for anything else. */
    boolean contains(ThreadState ts, PyObject item) {
        PyInt i = item instanceof PyFloat ? null : Numbers.asInt(item);
        if (i == null) {
            for (long k = 0; k < length(); k++) {
                if (Ops.equal(ts, PyInt.of(ts, get(k)), item)) {
                    return true;
                }
            }
            return false;
        }
        if (i.big != null || length() == 0) {
            return false;
        }
        long v = i.value;
        boolean inBounds = step > 0 ? v >= start && v < stop : v <= start && v > stop;
        return inBounds && (v - start) % step == 0;
    }

    /** r[i] or r[i:j:k] (a range). */
    PyObject getItem(ThreadState ts, PyObject index) {
        long length = length();
        if (index instanceof PySlice slice) {
            long[] s = slice.indices(ts, length);
            return new PyRange(ts, get(s[0]), get(s[1]), s[2] * step);
        }
        if (Numbers.asInt(index) == null && index.type().lookup("__index__") == null) {
            throw PyErrors.typeError("range indices must be integers or slices, not " + index.type().name());
        }
        int i = Ops.index(ts, index, (int) Math.min(length, Integer.MAX_VALUE), "range object");
        return PyInt.of(ts, get(i));
    }

    /** range == range: the same sequence of ints. */
    boolean sameItems(PyRange other) {
        long n = length();
        return n == other.length() && (n == 0 || start == other.start && (n == 1 || step == other.step));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyRange r && sameItems(r);
    }

    @Override
    public int hashCode() {
        return Hashing.java(hash());
    }

    /** range_hash: hash((len, start, step)), with None for what does not matter (start of an empty range, step of one item). */
    long hash() {
        long n = length();
        PyObject[] key = {PyInt.constant(n), n == 0 ? PyNone.NONE : PyInt.constant(start), n <= 1 ? PyNone.NONE : PyInt.constant(step)};
        return Hashing.ofTuple(PyTuple.constant(key));
    }

    @Override
    public PyType type() {
        return Types.RANGE;
    }

    @Override
    protected String builtinRepr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    @Override
    public boolean truthy() {
        return length() > 0;
    }
}
