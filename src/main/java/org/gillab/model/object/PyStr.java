package org.gillab.model.object;

import org.gillab.model.compile.StringRepr;

/** str. */
public final class PyStr extends PyObject {
    public final String value;
    /** The cached hash (unicode_hash caches it too); -1 until computed. */
    private long hash = -1;

    public PyStr(ThreadState ts, String value) {
        super(ts);
        this.value = value;
    }

    private PyStr(String value) {
        this.value = value;
    }

    /** An immortal string: code constants, names, attribute keys. */
    public static PyStr constant(String value) {
        return new PyStr(value);
    }

    @Override
    public PyType type() {
        return Types.STR;
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public String repr() {
        return StringRepr.of(value);
    }

    @Override
    public boolean truthy() {
        return !value.isEmpty();
    }

    /** len(): the number of code points. */
    public int length() {
        return value.codePointCount(0, value.length());
    }

    /** s[i] or s[i:j:k], by code point. */
    PyObject getItem(ThreadState ts, PyObject index) {
        int[] points = value.codePoints().toArray();
        if (index instanceof PySlice slice) {
            long[] s = slice.indices(ts, points.length);
            StringBuilder out = new StringBuilder();
            for (long i = 0, k = s[0]; i < s[3]; i++, k += s[2]) {
                out.appendCodePoint(points[(int) k]);
            }
            return new PyStr(ts, out.toString());
        }
        int i = Ops.index(ts, index, points.length, "string");
        return new PyStr(ts, new String(points, i, 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    /** hash(self), computed once. */
    long hash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.ofString(value);
            hash = h;
        }
        return h;
    }

    @Override
    public int hashCode() {
        return Hashing.java(hash());
    }
}
