package org.gillab.model.object;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * dict: insertion-ordered, owns a reference to each key and each value. Also a module's globals.
 * Lookups and stores are synchronized, as free-threaded CPython locks each dict.
 */
public final class PyDict extends PyObject {
    private final LinkedHashMap<PyObject, PyObject> map = new LinkedHashMap<>();

    public PyDict(ThreadState ts) {
        super(ts);
    }

    private PyDict() {
    }

    /** An immortal dict (its contents are still counted): module namespaces. */
    public static PyDict immortal() {
        return new PyDict();
    }

    /** The value for {@code key}, borrowed, or null. */
    public synchronized PyObject get(PyObject key) {
        Hashing.requireHashable(key);
        return map.get(key);
    }

    /** The value for a string key, borrowed, or null. */
    public synchronized PyObject get(String key) {
        return map.get(PyStr.constant(key));
    }

    /** d[key] = value, both borrowed. */
    public synchronized void put(ThreadState ts, PyObject key, PyObject value) {
        Hashing.requireHashable(key);
        ts.incref(value);
        PyObject old = map.get(key);
        if (old == null) {
            ts.incref(key);
            map.put(key, value);
        } else {
            map.put(key, value); // keeps the original key object, as CPython does
            ts.decref(old);
        }
    }

    /** d[key] = value with a string key (made immortal: names are interned in CPython). */
    public void put(ThreadState ts, String key, PyObject value) {
        put(ts, PyStr.constant(key), value);
    }

    /** Removes {@code key}; returns its value (the dict's reference goes to the caller) or null. */
    public synchronized PyObject remove(ThreadState ts, PyObject key) {
        Hashing.requireHashable(key);
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            if (e.getKey().equals(key)) {
                PyObject storedKey = e.getKey();
                PyObject value = map.remove(storedKey);
                ts.decref(storedKey);
                return value;
            }
        }
        return null;
    }

    public synchronized int size() {
        return map.size();
    }

    /** The entries, borrowed; a live view. */
    public Map<PyObject, PyObject> entries() {
        return map;
    }

    /** Drops every entry (module teardown). */
    public void clear(ThreadState ts) {
        var entries = new java.util.ArrayList<>(map.entrySet());
        map.clear();
        for (Map.Entry<PyObject, PyObject> e : entries) {
            ts.decref(e.getKey());
            ts.decref(e.getValue());
        }
    }

    @Override
    public PyType type() {
        return Types.DICT;
    }

    @Override
    public String repr() {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(e.getKey().repr()).append(": ").append(e.getValue() == this ? "{...}" : e.getValue().repr());
        }
        return out.append('}').toString();
    }

    @Override
    public boolean truthy() {
        return !map.isEmpty();
    }

    @Override
    protected void release(ThreadState ts) {
        clear(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            visit.accept(e.getKey());
            visit.accept(e.getValue());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyDict d && d.map.equals(map);
    }

    @Override
    public int hashCode() {
        throw PyErrors.typeError("unhashable type: 'dict'");
    }
}
