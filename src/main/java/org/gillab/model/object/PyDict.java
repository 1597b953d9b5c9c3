package org.gillab.model.object;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * dict: insertion-ordered, owns a reference to each key and each value. Also a module's globals.
 * Lookups and stores are synchronized, as free-threaded CPython locks each dict.
 */
public class PyDict extends PyObject implements GcContainer {
    private final LinkedHashMap<PyObject, PyObject> map = new LinkedHashMap<>();
    /**
     * Bumped after every change made through this class (ma_version_tag): a cache of a lookup holds while it
     * is unchanged (LOAD_GLOBAL's, which uses it only under a GIL). Writes through {@link #entries()} do not bump it.
     */
    private long version;

    public PyDict(ThreadState ts) {
        super(ts);
        ts.trackContainer(this);
    }

    private PyDict() {
    }

    /** An instance of a class that subclasses dict. */
    static final class Sub extends PyDict {
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
        PyObject old = map.put(key, value); // one lookup; an existing entry keeps its original key object, as in CPython
        version++;
        if (old == null) {
            ts.incref(key);
        } else {
            ts.decref(old);
        }
    }

    /** dict.setdefault: the value for key, first storing {@code value} (borrowed) when absent; borrowed. */
    public synchronized PyObject setDefault(ThreadState ts, PyObject key, PyObject value) {
        PyObject old = get(key);
        if (old != null) {
            return old;
        }
        put(ts, key, value);
        return value;
    }

    /** dict.popitem: removes the last entry, returning {key, value} (the dict's references), or null when empty. */
    public synchronized PyObject[] popLast(ThreadState ts) {
        if (map.isEmpty()) {
            return null;
        }
        Map.Entry<PyObject, PyObject> last = null;
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            last = e; // a LinkedHashMap has no last entry before Java 21: a walk, O(n)
        }
        map.remove(last.getKey());
        version++;
        return new PyObject[] {last.getKey(), last.getValue()};
    }

    /** d[key] = value with a string key (made immortal: names are interned in CPython). */
    public void put(ThreadState ts, String key, PyObject value) {
        put(ts, PyStr.constant(key), value);
    }

    /** Removes {@code key}; returns its value (the dict's reference goes to the caller) or null. */
    public PyObject remove(ThreadState ts, PyObject key) {
        Hashing.requireHashable(key);
        PyObject storedKey = null;
        PyObject value;
        synchronized (this) {
            value = map.get(key);
            if (value == null) {
                return null;
            }
            for (PyObject k : map.keySet()) {
                if (k == key || k.equals(key)) {
                    storedKey = k;
                    break;
                }
            }
            map.remove(key);
            version++;
        }
        if (storedKey != null) {
            ts.decref(storedKey);
        }
        return value;
    }

    public synchronized int size() {
        return map.size();
    }

    /** dict.update(mapping): a dict, anything with keys(), or an iterable of pairs. */
    public void updateFrom(ThreadState ts, PyObject mapping) {
        DictMethods.update(ts, this, mapping);
    }

    /** A shallow copy (dict.copy()). */
    public synchronized PyDict copy(ThreadState ts) {
        PyDict copy = new PyDict(ts);
        map.forEach((k, v) -> copy.put(ts, k, v));
        return copy;
    }

    /** The entries as a list of key/value pairs (borrowed), safe to iterate while the dict changes. */
    public synchronized java.util.List<Map.Entry<PyObject, PyObject>> snapshot() {
        return new java.util.ArrayList<>(map.entrySet());
    }

    /** dict == dict: the same keys, each with an equal value. */
    boolean contentEquals(ThreadState ts, PyDict other) {
        if (size() != other.size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : snapshot()) {
            PyObject v = other.get(e.getKey());
            if (v == null || !Ops.equal(ts, e.getValue(), v)) {
                return false;
            }
        }
        return true;
    }

    /** The version of the contents: unchanged means every key maps to the same value as when it was read. */
    public long version() {
        return version;
    }

    /** The entries, borrowed; a live view (writes through it are for dicts no code runs with yet). */
    public Map<PyObject, PyObject> entries() {
        return map;
    }

    /** Drops every entry (module teardown). */
    public void clear(ThreadState ts) {
        var entries = new java.util.ArrayList<>(map.entrySet());
        map.clear();
        version++;
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
    protected String builtinRepr() {
        if (!Strings.enter(this)) {
            return "{...}";
        }
        try {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<PyObject, PyObject> e : snapshot()) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(e.getKey().repr()).append(": ").append(e.getValue().repr());
            }
            return out.append('}').toString();
        } finally {
            Strings.leave(this);
        }
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
        return o instanceof PyDict d && contentEquals(Slots.thread(), d);
    }

    @Override
    public int hashCode() {
        throw PyErrors.typeError("unhashable type: '" + type().name() + "'");
    }
}
