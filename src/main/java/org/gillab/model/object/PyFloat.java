package org.gillab.model.object;

/** float: a double, printed with Python's shortest round-trip repr. */
public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(ThreadState ts, double value) {
        super(ts);
        this.value = value;
    }

    private PyFloat(double value) {
        this.value = value;
    }

    /** An immortal float, for code constants. */
    public static PyFloat constant(double value) {
        return new PyFloat(value);
    }

    @Override
    public PyType type() {
        return Types.FLOAT;
    }

    @Override
    protected String builtinRepr() {
        return Numbers.floatRepr(value);
    }

    @Override
    public boolean truthy() {
        return value != 0.0;
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
