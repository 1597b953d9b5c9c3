package org.gillab.model.object;

import org.gillab.model.compile.StringRepr;

/** str. */
public final class PyStr extends PyObject {
    public final String value;

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

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
