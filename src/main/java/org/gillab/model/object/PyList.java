package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * list: owns a reference to each item. Its item operations are synchronized: the per-object lock of
 * free-threaded CPython (Py_BEGIN_CRITICAL_SECTION), and under any lock kind what keeps the Java
 * array list itself intact; reference counts stay unprotected under {@code unsafe}.
 */
public final class PyList extends PyObject {
    private final ArrayList<PyObject> items;

    public PyList(ThreadState ts) {
        super(ts);
        this.items = new ArrayList<>();
    }

    /** Takes over the references in {@code items}. */
    public PyList(ThreadState ts, List<PyObject> owned) {
        super(ts);
        this.items = new ArrayList<>(owned);
    }

    public synchronized int size() {
        return items.size();
    }

    /** Borrowed. */
    public synchronized PyObject get(int index) {
        return items.get(index);
    }

    /** Appends a borrowed item (list.append). */
    public synchronized void append(ThreadState ts, PyObject item) {
        ts.incref(item);
        items.add(item);
    }

    /** Appends an item whose reference the list takes over. */
    public synchronized void appendOwned(PyObject item) {
        items.add(item);
    }

    public synchronized void insert(ThreadState ts, int index, PyObject item) {
        ts.incref(item);
        items.add(index, item);
    }

    /** Replaces the item at {@code index} with a borrowed one. */
    public synchronized void set(ThreadState ts, int index, PyObject item) {
        ts.incref(item);
        ts.decref(items.set(index, item));
    }

    /** Removes and returns the item at {@code index}; the caller gets the list's reference. */
    public synchronized PyObject remove(int index) {
        return items.remove(index);
    }

    /** The items, borrowed; a live view. */
    public List<PyObject> items() {
        return items;
    }

    @Override
    public PyType type() {
        return Types.LIST;
    }

    @Override
    public String repr() {
        return Strings.joinRepr("[", items.toArray(new PyObject[0]), items.size(), "]");
    }

    @Override
    public boolean truthy() {
        return !items.isEmpty();
    }

    @Override
    protected void release(ThreadState ts) {
        for (PyObject item : items) {
            ts.decref(item);
        }
        items.clear();
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        items.forEach(visit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyList l && l.items.equals(items);
    }

    @Override
    public int hashCode() {
        throw PyErrors.typeError("unhashable type: 'list'");
    }
}
