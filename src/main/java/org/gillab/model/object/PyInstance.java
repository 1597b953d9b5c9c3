package org.gillab.model.object;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An object of a native type with attributes (an instance __dict__) and the type's native methods:
 * the base of objects that modules implement in Java (threading.Thread, multiprocessing.Pool...).
 * Subclasses that hold more references override {@link #release} and {@link #traverse} and call super.
 */
public class PyInstance extends PyObject {
    private final PyType type;
    private final Map<String, PyObject> attributes = new LinkedHashMap<>();

    public PyInstance(ThreadState ts, PyType type) {
        super(ts);
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    /** The attribute {@code name} as a borrowed reference, or null. */
    public final PyObject attribute(String name) {
        return attributes.get(name);
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        PyObject value = attributes.get(name);
        return value != null ? ts.newRef(value) : super.getAttr(ts, name);
    }

    @Override
    public void setAttr(ThreadState ts, String name, PyObject value) {
        ts.incref(value);
        PyObject old = attributes.put(name, value);
        if (old != null) {
            ts.decref(old);
        }
    }

    @Override
    protected void release(ThreadState ts) {
        for (PyObject value : attributes.values()) {
            ts.decref(value);
        }
        attributes.clear();
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        attributes.values().forEach(visit);
    }
}
