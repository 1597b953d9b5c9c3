package org.gillab.model.object;

/** bool: the two immortal objects True and False, which compare and hash as 1 and 0. */
public final class PyBool extends PyObject {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    public final boolean value;

    private PyBool(boolean value) {
        this.value = value;
    }

    public static PyBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return Types.BOOL;
    }

    @Override
    protected String builtinRepr() {
        return value ? "True" : "False";
    }

    @Override
    public boolean truthy() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject other && Numbers.isNumeric(other) && Numbers.compare(this, other) == 0;
    }

    @Override
    public int hashCode() {
        return Hashing.java(Hashing.hash(this));
    }
}
