package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * What classmethod and staticmethod share (Objects/funcobject.c): the callable they wrap, set by
 * __init__, and an instance __dict__ into which __init__ copies the callable's __module__, __name__,
 * __qualname__, __doc__ and __annotations__, as functools.wraps would (Python 3.10). Instances of a
 * subclass are these same objects, of the subclass's type.
 */
public abstract sealed class WrappedCallable extends SubclassableObject implements GcContainer permits PyClassMethod, PyStaticMethod {
    private static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    /** The wrapped callable: None until __init__ runs (the type's __new__ alone leaves it unset). */
    volatile PyObject callable;
    WrappedCallable(ThreadState ts, PyType cls) {
        super(ts, cls);
        ts.trackContainer(this);
        this.callable = PyNone.NONE;
    }

    /**
     * An immortal one wrapping a built-in type's method (dict.fromkeys, str.maketrans), without a __dict__.
     * Its type is {@link #builtinType}, asked for when needed: object's and type's own are made before it.
     */
    WrappedCallable(PyObject immortalCallable) {
        super(null);
        this.callable = immortalCallable;
    }

    /** The built-in type itself: classmethod or staticmethod. */
    abstract PyType builtinType();

    /** Wraps {@code wrapped} (borrowed), replacing what it wrapped (PyClassMethod_New when just made). */
    final void wrap(ThreadState ts, PyObject wrapped) {
        PyObject old = callable;
        callable = ts.newRef(wrapped);
        ts.decref(old);
    }

    /** cm_init / sm_init: wraps {@code wrapped} and copies its wrapper attributes into the __dict__. */
    final void init(ThreadState ts, PyObject wrapped) {
        wrap(ts, wrapped);
        PyDict dict = dictOrNull();
        for (String name : WRAPPER_ASSIGNMENTS) {
            PyObject value = Ops.lookupAttr(ts, wrapped, name);
            if (value == null) {
                continue;
            }
            try {
                dict.put(ts, name, value);
            } finally {
                ts.decref(value);
            }
        }
    }

    @Override
    public final PyType type() {
        PyType made = super.type();
        return made != null ? made : builtinType();
    }

    /** &lt;classmethod(f)&gt;, whatever the subclass (unless it defines __repr__: see PyObject.repr). */
    @Override
    protected final String builtinRepr() {
        return "<" + builtinType().name() + "(" + callable.repr() + ")>";
    }

    @Override
    protected final void release(ThreadState ts) {
        ts.decref(callable);
        super.release(ts);
    }

    @Override
    public final void traverse(Consumer<PyObject> visit) {
        visit.accept(callable);
        super.traverse(visit);
    }
}
