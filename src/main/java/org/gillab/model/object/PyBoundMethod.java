package org.gillab.model.object;

import java.util.function.Consumer;

/** A Python function bound to an object (Objects/classobject.c method): what {@code obj.method} evaluates to. */
public final class PyBoundMethod extends PyObject implements GcContainer {
    public final PyObject function;
    public final PyObject self;

    /** Both borrowed: the bound method takes its own references. */
    public PyBoundMethod(ThreadState ts, PyObject function, PyObject self) {
        super(ts);
        ts.trackContainer(this);
        this.function = ts.newRef(function);
        this.self = ts.newRef(self);
    }

    @Override
    public PyType type() {
        return Types.BOUND_METHOD;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        return switch (name) {
            case "__self__" -> ts.newRef(self);
            case "__func__" -> ts.newRef(function);
            // the function's docstring, not the method type's (classobject.c's method_get_doc)
            case "__doc__" -> function.getAttr(ts, name);
            default -> {
                PyObject descriptor = type().lookup(name);
                yield descriptor != null ? Attributes.genericGet(ts, this, name) : function.getAttr(ts, name);
            }
        };
    }

    @Override
    protected String builtinRepr() {
        String name = function instanceof PyFunction f ? f.qualname() : function.repr();
        return "<bound method " + name + " of " + self.repr() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBoundMethod m && m.function == function && m.self == self;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(function) * 31 + System.identityHashCode(self);
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(function);
        ts.decref(self);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(function);
        visit.accept(self);
    }
}
