package org.gillab.model.object;

import java.util.function.Consumer;

/** staticmethod(f): looked up on a class or an instance, f itself, unbound (Objects/funcobject.c sm_descr_get). */
public final class PyStaticMethod extends PyObject {
    final PyObject callable;

    PyStaticMethod(ThreadState ts, PyObject callable) {
        super(ts);
        this.callable = ts.newRef(callable);
    }

    /** An immortal staticmethod of a built-in type (str.maketrans). */
    PyStaticMethod(PyObject immortalCallable) {
        this.callable = immortalCallable;
    }

    @Override
    public PyType type() {
        return Types.STATICMETHOD;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        return name.equals("__func__") || name.equals("__wrapped__") ? ts.newRef(callable) : super.getAttr(ts, name);
    }

    @Override
    protected String builtinRepr() {
        return "<staticmethod(" + callable.repr() + ")>";
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(callable);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(callable);
    }
}
