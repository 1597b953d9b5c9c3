package org.gillab.model.object;

import java.util.function.Consumer;

/** classmethod(f): looked up on a class or an instance, f is bound to the class (Objects/funcobject.c cm_descr_get). */
public final class PyClassMethod extends PyObject {
    final PyObject callable;

    PyClassMethod(ThreadState ts, PyObject callable) {
        super(ts);
        this.callable = ts.newRef(callable);
    }

    /** An immortal one wrapping a built-in type's method (dict.fromkeys). */
    PyClassMethod(PyObject immortalCallable) {
        this.callable = immortalCallable;
    }

    @Override
    public PyType type() {
        return Types.CLASSMETHOD;
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
        return "<classmethod(" + callable.repr() + ")>";
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
