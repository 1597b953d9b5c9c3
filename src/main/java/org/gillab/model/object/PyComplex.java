package org.gillab.model.object;

import java.util.function.Consumer;

/** complex: two doubles, printed as CPython's complex_repr prints them ({@code (1+2j)}, {@code -0j}). */
public class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(ThreadState ts, double real, double imag) {
        super(ts);
        this.real = real;
        this.imag = imag;
    }

    private PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    /** An instance of a class that subclasses complex; its arithmetic gives plain complex numbers. */
    static final class Sub extends PyComplex implements GcContainer {
        /** Its class, __dict__ (unless __slots__ leave it none) and slot values. */
        private final InstanceState state;

        Sub(ThreadState ts, PyType type, double real, double imag) {
            super(ts, real, imag);
            ts.trackContainer(this);
            this.state = new InstanceState(ts, type);
        }

        /** The class's __getattribute__ / __getattr__ / __setattr__ / __delattr__, as for any heap type. */
        @Override
        public PyObject getAttr(ThreadState ts, String name) {
            return AttributeHooks.get(ts, this, state.type, name);
        }

        @Override
        public void setAttr(ThreadState ts, String name, PyObject value) {
            AttributeHooks.set(ts, this, state.type, name, value);
        }

        @Override
        public void delAttr(ThreadState ts, String name) {
            AttributeHooks.delete(ts, this, state.type, name);
        }

        @Override
        public PyType type() {
            return state.type;
        }

        @Override
        public PyDict dictOrNull() {
            return state.dict;
        }

        @Override
        protected PyObject[] slotValues() {
            return state.slotValues;
        }

        @Override
        public boolean truthy() {
            return state.overridesTruth() ? InstanceState.truthy(this) : super.truthy();
        }

        @Override
        public boolean equals(Object o) {
            return state.overridesEq() ? InstanceState.equal(this, o) : super.equals(o);
        }

        @Override
        public int hashCode() {
            return state.overridesHash() ? InstanceState.hash(this) : super.hashCode();
        }

        @Override
        protected void release(ThreadState ts) {
            state.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            state.traverse(visit);
        }
    }

    /** self when it is exactly a complex, else a plain complex of its value (complex_pos, __complex__). */
    PyComplex exact(ThreadState ts) {
        return type() == Types.COMPLEX ? ts.newRef(this) : new PyComplex(ts, real, imag);
    }

    /** An immortal complex, for code constants (the literal {@code 2j}). */
    public static PyComplex constant(double real, double imag) {
        return new PyComplex(real, imag);
    }

    @Override
    public PyType type() {
        return Types.COMPLEX;
    }

    /**
     * complex_repr: only the imaginary part when the real part is +0.0, else both in parentheses, the
     * imaginary part always signed; each part as float's repr without a ".0" added.
     */
    @Override
    protected String builtinRepr() {
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        return "(" + part(real) + (im.startsWith("-") ? "" : "+") + im + "j)";
    }

    /** PyOS_double_to_string(v, 'r', 0, flags, NULL) without Py_DTSF_ADD_DOT_0: 1.0 is "1". */
    private static String part(double v) {
        String r = Numbers.floatRepr(v);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    @Override
    public boolean truthy() {
        return real != 0.0 || imag != 0.0;
    }

    /** complex_hash: hash(real) + 1000003 * hash(imag), wrapping as Py_uhash_t, -1 made -2. */
    public long hash() {
        long h = Hashing.ofDouble(real, this) + Hashing.IMAG * Hashing.ofDouble(imag, this);
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyComplex c ? c.real == real && c.imag == imag
                : o instanceof PyObject other && imag == 0.0 && Numbers.isNumeric(other)
                        && Numbers.compare(PyFloat.constant(real), other) == 0;
    }

    @Override
    public int hashCode() {
        return Hashing.java(hash());
    }
}
