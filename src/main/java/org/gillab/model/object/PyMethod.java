package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * A native method bound to its object: what {@code lst.append} evaluates to (builtin_function_or_method),
 * or {@code lst.__len__} (a method-wrapper, the bound form of a slot wrapper). Keeps the object alive.
 */
public final class PyMethod extends PyObject implements GcContainer {
    public final PyObject self;
    private final String name;
    private final NativeMethod method;
    private final boolean slotWrapper;
    /** The type that defines the method (immortal), or null: then self's type, or self for a classmethod. */
    private final PyType owner;

    /** {@code self} is borrowed: the bound method takes its own reference. */
    public PyMethod(ThreadState ts, PyObject self, String name, NativeMethod method) {
        this(ts, self, name, method, false, null);
    }

    PyMethod(ThreadState ts, PyObject self, String name, NativeMethod method, boolean slotWrapper, PyType owner) {
        super(ts);
        ts.trackContainer(this);
        this.self = ts.newRef(self);
        this.name = name;
        this.method = method;
        this.slotWrapper = slotWrapper;
        this.owner = owner;
    }

    public String name() {
        return name;
    }

    /** __qualname__: "list.append", "dict.fromkeys". */
    String qualname() {
        PyType type = owner != null ? owner : self instanceof PyType t ? t : self.type();
        return type.name() + "." + name;
    }

    public PyObject call(Args args) {
        return method.call(self, args);
    }

    @Override
    public PyType type() {
        return slotWrapper ? Types.METHOD_WRAPPER : Types.METHOD;
    }

    @Override
    protected String builtinRepr() {
        if (slotWrapper) {
            return "<method-wrapper '" + name + "' of " + self.type().name() + " object at " + self.address() + ">";
        }
        if (self instanceof PyType type) {
            return "<built-in method " + name + " of type object at " + type.address() + ">";
        }
        return "<built-in method " + name + " of " + self.type().name() + " object at " + self.address() + ">";
    }

    /**
     * Two bindings of one native method to one object are equal, as CPython's meth_richcompare and
     * wrapper_richcompare say ({@code lst.append == lst.append}); the hash agrees.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PyMethod m && m.method == method && m.self == self && m.slotWrapper == slotWrapper;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(method) * 31 + System.identityHashCode(self);
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
