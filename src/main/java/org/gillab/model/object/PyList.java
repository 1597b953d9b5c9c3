package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * list: owns a reference to each item. Its item operations are synchronized: the per-object lock of
 * free-threaded CPython (Py_BEGIN_CRITICAL_SECTION), and under any lock kind what keeps the Java
 * array list itself intact; reference counts stay unprotected under {@code unsafe}.
 */
public class PyList extends PyObject implements GcContainer {
    private final ArrayList<PyObject> items;

    public PyList(ThreadState ts) {
        super(ts);
        ts.trackContainer(this);
        this.items = new ArrayList<>();
    }

    /** Takes over the references in {@code items}. */
    public PyList(ThreadState ts, List<PyObject> owned) {
        super(ts);
        ts.trackContainer(this);
        this.items = new ArrayList<>(owned);
    }

    /** An instance of a class that subclasses list. */
    static final class Sub extends PyList {
        /** Its class, __dict__ (unless __slots__ leave it none) and slot values. */
        private final InstanceState state;

        Sub(ThreadState ts, PyType type) {
            super(ts);
            this.state = new InstanceState(ts, type);
        }

        /** The class's __getattribute__ / __getattr__ / __setattr__ / __delattr__, as for any heap type. */
        @Override
        public PyObject getAttr(ThreadState ts, String name) {
            return AttributeHooks.get(ts, this, state.type, name);
        }

        @Override
        public void setAttr(ThreadState ts, String name, PyObject value) {
            AttributeHooks.set(ts, this, state.type, name, value);
        }

        @Override
        public void delAttr(ThreadState ts, String name) {
            AttributeHooks.delete(ts, this, state.type, name);
        }

        @Override
        public PyType type() {
            return state.type;
        }

        @Override
        public PyDict dictOrNull() {
            return state.dict;
        }

        @Override
        protected PyObject[] slotValues() {
            return state.slotValues;
        }

        @Override
        public boolean truthy() {
            return state.overridesTruth() ? InstanceState.truthy(this) : super.truthy();
        }

        @Override
        protected void release(ThreadState ts) {
            super.release(ts);
            state.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            super.traverse(visit);
            state.traverse(visit);
        }
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
    public void set(ThreadState ts, int index, PyObject item) {
        ts.incref(item);
        PyObject old;
        synchronized (this) {
            old = items.set(index, item);
        }
        ts.decref(old);
    }

    /** Removes and returns the item at {@code index}; the caller gets the list's reference. */
    public synchronized PyObject remove(int index) {
        return items.remove(index);
    }

    /**
     * Removes {@code item} itself (by identity), looked for at {@code hint} first: what list.remove found
     * equal in a snapshot. Returns the list's reference, or null when another thread removed it meanwhile.
     */
    public synchronized PyObject removeIdentical(PyObject item, int hint) {
        if (hint < items.size() && items.get(hint) == item) {
            return items.remove(hint);
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return items.remove(i);
            }
        }
        return null;
    }

    /** The items, borrowed; a live view: read it only where no other thread can change the list. */
    public List<PyObject> items() {
        return items;
    }

    /** A copy of the items (borrowed), safe to iterate while the list changes. */
    public synchronized List<PyObject> snapshot() {
        return new ArrayList<>(items);
    }

    /** list.clear(). */
    public void clear(ThreadState ts) {
        List<PyObject> old;
        synchronized (this) {
            old = new ArrayList<>(items);
            items.clear();
        }
        old.forEach(ts::decref);
    }

    /** list *= n. */
    public void repeatInPlace(ThreadState ts, int n) {
        synchronized (this) {
            List<PyObject> copy = new ArrayList<>(items);
            if (n <= 0) {
                items.clear();
            } else {
                for (int i = 1; i < n; i++) {
                    for (PyObject item : copy) {
                        ts.incref(item);
                        items.add(item);
                    }
                }
                return;
            }
            copy.forEach(ts::decref);
        }
    }

    /** list[i:j:k]. */
    public synchronized PyList slice(ThreadState ts, PySlice slice) {
        long[] s = slice.indices(ts, items.size());
        PyList result = new PyList(ts);
        for (long i = 0, k = s[0]; i < s[3]; i++, k += s[2]) {
            result.append(ts, items.get((int) k));
        }
        return result;
    }

    /** list[i:j] = iterable; with a step the lengths must match (list_ass_subscript). */
    public void setSlice(ThreadState ts, PySlice slice, PyObject value) {
        List<PyObject> replacement = Ops.toList(ts, value);
        List<PyObject> dropped = new ArrayList<>();
        synchronized (this) {
            long[] s = slice.indices(ts, items.size());
            if (s[2] == 1) {
                int start = (int) s[0];
                int stop = (int) Math.max(s[0], s[1]);
                List<PyObject> range = items.subList(start, stop);
                dropped.addAll(range);
                range.clear();
                items.addAll(start, replacement);
            } else {
                if (replacement.size() != s[3]) {
                    replacement.forEach(ts::decref);
                    throw PyErrors.valueError("attempt to assign sequence of size " + replacement.size()
                            + " to extended slice of size " + s[3]);
                }
                for (int i = 0; i < s[3]; i++) {
                    dropped.add(items.set((int) (s[0] + i * s[2]), replacement.get(i)));
                }
            }
        }
        dropped.forEach(ts::decref);
    }

    /** del list[i:j:k]. */
    public void deleteSlice(ThreadState ts, PySlice slice) {
        List<PyObject> dropped = new ArrayList<>();
        synchronized (this) {
            long[] s = slice.indices(ts, items.size());
            List<Integer> positions = new ArrayList<>();
            for (long i = 0, k = s[0]; i < s[3]; i++, k += s[2]) {
                positions.add((int) k);
            }
            positions.sort(java.util.Collections.reverseOrder());
            for (int k : positions) {
                dropped.add(items.remove(k));
            }
        }
        dropped.forEach(ts::decref);
    }

    @Override
    public PyType type() {
        return Types.LIST;
    }

    @Override
    protected String builtinRepr() {
        return Strings.joinRepr(this, "[", snapshot(), "]");
    }

    @Override
    public boolean truthy() {
        return size() > 0;
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
        return o instanceof PyList l && Ops.equal(Slots.thread(), this, l);
    }

    @Override
    public int hashCode() {
        throw PyErrors.typeError("unhashable type: '" + type().name() + "'");
    }
}
