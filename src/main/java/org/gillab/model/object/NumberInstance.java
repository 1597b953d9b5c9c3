package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * An instance of a class that subclasses int or float ({@code class Celsius(float)}): an object with a
 * __dict__ and its class's methods, carrying the plain number it stands for. CPython lays such an
 * instance out as the number itself; here the eval loop's fast paths keep meaning "exactly int" (they
 * test {@code instanceof PyInt}), and the number protocols see the value through {@link Numbers#asInt}
 * and {@link Numbers#floatValue}, after the class's own special methods had their say.
 */
public final class NumberInstance extends PyInstance {
    /** The plain int or float (an owned reference). */
    final PyObject value;

    /** {@code value} is a plain PyInt or PyFloat whose reference the instance takes over. */
    NumberInstance(ThreadState ts, PyType type, PyObject value) {
        super(ts, type);
        this.value = value;
    }

    /** The plain int or float. */
    public PyObject value() {
        return value;
    }

    @Override
    protected String builtinRepr() {
        return value.repr();
    }

    @Override
    public boolean truthy() {
        return type().overrides("__bool__") ? Slots.truthy(this) : value.truthy();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyObject other)) {
            return false;
        }
        if (type().overrides("__eq__") || other.type().overrides("__eq__")) {
            return Slots.equal(this, other);
        }
        return Numbers.isNumeric(other) && Numbers.compare(value, other) == 0;
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(value);
        super.release(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(value);
        super.traverse(visit);
    }
}
