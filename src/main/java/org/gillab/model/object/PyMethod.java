package org.gillab.model.object;

import java.util.function.Consumer;

/** A native method bound to its object (what {@code lst.append} evaluates to); keeps the object alive. */
public final class PyMethod extends PyObject {
    public final PyObject self;
    private final String name;
    private final NativeMethod method;

    /** {@code self} is borrowed: the bound method takes its own reference. */
    public PyMethod(ThreadState ts, PyObject self, String name, NativeMethod method) {
        super(ts);
        this.self = ts.newRef(self);
        this.name = name;
        this.method = method;
    }

    public PyObject call(Args args) {
        return method.call(self, args);
    }

    @Override
    public PyType type() {
        return Types.METHOD;
    }

    @Override
    public String repr() {
        return "<built-in method " + name + " of " + self.type().name() + " object at " + self.address() + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(self);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(self);
    }
}
