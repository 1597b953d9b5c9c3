package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CompareOperator;

/**
 * set and frozenset (Objects/setobject.c). The items live in an open-addressing table laid out as
 * CPython's: the same initial size (8), growth, linear probing of 9 slots then perturbed probing, and
 * dummy entries for deletions, indexed by the same hashes ({@link Hashing}). So a set of ints iterates
 * and prints in the order CPython's does ({3, 1, 2} prints as {1, 2, 3}), which programs show.
 * Synchronized, as free-threaded CPython locks each set.
 */
public class PySet extends PyObject implements GcContainer {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = Types.MISSING;

    final boolean frozen;
    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    /** Active entries. */
    private int used;
    /** Active plus dummy entries. */
    private int fill;
    private int finger;

    public PySet(ThreadState ts, boolean frozen) {
        super(ts);
        ts.trackContainer(this);
        this.frozen = frozen;
    }

    /** An instance of a class that subclasses set or frozenset. */
    static final class Sub extends PySet {
        /** Its class, __dict__ (unless __slots__ leave it none) and slot values. */
        private final InstanceState state;

        Sub(ThreadState ts, PyType type, boolean frozen) {
            super(ts, frozen);
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
        public int hashCode() {
            return state.overridesHash() ? InstanceState.hash(this) : super.hashCode();
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

    /** A new set of the same kind as this one (set operations return the left operand's kind). */
    PySet empty(ThreadState ts) {
        return new PySet(ts, frozen);
    }

    /** The number of slots of the table (8 for a small set), for __sizeof__. */
    synchronized int tableSize() {
        return keys.length;
    }

    public synchronized int size() {
        return used;
    }

    /** Adds a borrowed item (set.add). */
    public void add(ThreadState ts, PyObject item) {
        Hashing.requireHashable(item);
        long hash = Hashing.hash(item);
        synchronized (this) {
            if (insert(ts, item, hash)) {
                ts.incref(item);
            }
        }
    }

    /**
     * Adds every item of an iterable (set_update_internal): another set's items in its table order after
     * one resize up front, as set_merge does, so that set(s) and s.union(t) lay their tables out as CPython.
     */
    public void addAll(ThreadState ts, PyObject iterable) {
        if (iterable instanceof PySet other && !Slots.overridden(other, "__iter__")) {
            merge(ts, other);
            return;
        }
        for (PyObject item : Ops.toList(ts, iterable)) {
            try {
                add(ts, item);
            } finally {
                ts.decref(item);
            }
        }
    }

    private void merge(ThreadState ts, PySet other) {
        PyObject[] otherKeys;
        long[] otherHashes;
        int otherUsed;
        synchronized (other) {
            otherKeys = other.keys.clone();
            otherHashes = other.hashes.clone();
            otherUsed = other.used;
        }
        synchronized (this) {
            if ((fill + otherUsed) * 5L >= (keys.length - 1) * 3L) {
                resize((used + otherUsed) * 2);
            }
            for (int i = 0; i < otherKeys.length; i++) {
                PyObject k = otherKeys[i];
                if (k != null && k != DUMMY && insert(ts, k, otherHashes[i])) {
                    ts.incref(k);
                }
            }
        }
    }

    /** Whether item is in the set (set_contains, with == on equal hashes). */
    public boolean contains(ThreadState ts, PyObject item) {
        if (item instanceof PySet s && !s.frozen) {
            PySet frozenCopy = new PySet(ts, true);
            frozenCopy.addAll(ts, s);
            try {
                return contains(ts, frozenCopy);
            } finally {
                ts.decref(frozenCopy);
            }
        }
        Hashing.requireHashable(item);
        long hash = Hashing.hash(item);
        synchronized (this) {
            return lookup(item, hash) >= 0;
        }
    }

    /** Removes item; false when it was not there. */
    public boolean discard(ThreadState ts, PyObject item) {
        Hashing.requireHashable(item);
        long hash = Hashing.hash(item);
        PyObject old;
        synchronized (this) {
            int i = lookup(item, hash);
            if (i < 0) {
                return false;
            }
            old = keys[i];
            keys[i] = DUMMY;
            used--;
        }
        ts.decref(old);
        return true;
    }

    /** set.pop(): the first active entry from the finger onward, as set_pop. */
    public PyObject pop() {
        synchronized (this) {
            if (used == 0) {
                throw PyErrors.keyError(PyStr.constant("pop from an empty set"));
            }
            int i = finger & (keys.length - 1);
            while (keys[i] == null || keys[i] == DUMMY) {
                i = (i + 1) & (keys.length - 1);
            }
            PyObject item = keys[i];
            keys[i] = DUMMY;
            used--;
            finger = i + 1;
            return item;
        }
    }

    public void clear(ThreadState ts) {
        List<PyObject> old = items();
        synchronized (this) {
            keys = new PyObject[MIN_SIZE];
            hashes = new long[MIN_SIZE];
            used = 0;
            fill = 0;
        }
        old.forEach(ts::decref);
    }

    /** The items in table order (borrowed): the order iteration and repr show. */
    public synchronized List<PyObject> items() {
        List<PyObject> items = new ArrayList<>(used);
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                items.add(k);
            }
        }
        return items;
    }

    PyObject iterator(ThreadState ts) {
        return new PyIterator.SetIterator(ts, this);
    }

    // ---- the table (setobject.c set_lookkey, set_add_entry, set_table_resize) ----

    private int lookup(PyObject key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++) {
                PyObject k = keys[i + j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[i + j] == hash && (k == key || Ops.equal(Slots.thread(), k, key))) {
                    return i + j;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds key (no new reference taken here); false when an equal key was there. */
    private boolean insert(ThreadState ts, PyObject key, long hash) {
        if (lookup(key, hash) >= 0) {
            return false;
        }
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++) {
                PyObject k = keys[i + j];
                if (k == null) { // set_add_entry (3.11) leaves dummies to the next resize, never reuses them
                    keys[i + j] = key;
                    hashes[i + j] = hash;
                    used++;
                    if (++fill * 5 >= mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        fill = used;
        int mask = size - 1;
        for (int n = 0; n < oldKeys.length; n++) {
            PyObject k = oldKeys[n];
            if (k == null || k == DUMMY) {
                continue;
            }
            long hash = oldHashes[n];
            long perturb = hash;
            int i = (int) (hash & mask);
            placed:
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (int j = 0; j <= probes; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = k;
                        hashes[i + j] = hash;
                        break placed;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    // ---- set algebra ----

    void retainAll(ThreadState ts, PySet other) {
        for (PyObject item : items()) {
            if (!other.contains(ts, item)) {
                discard(ts, item);
            }
        }
    }

    void removeAll(ThreadState ts, PyObject other) {
        for (PyObject item : Ops.toList(ts, other)) {
            discard(ts, item);
            ts.decref(item);
        }
    }

    void symmetricUpdate(ThreadState ts, PySet other) {
        for (PyObject item : other.items()) {
            if (!discard(ts, item)) {
                add(ts, item);
            }
        }
    }

    /** |, &amp;, -, ^ of two sets: a new set of the left operand's kind; null for other operators. */
    PyObject operator(ThreadState ts, BinaryOperator op, PySet other) {
        PySet result = empty(ts);
        switch (op) {
            case OR -> {
                result.addAll(ts, this);
                result.addAll(ts, other);
            }
            case AND -> {
                for (PyObject item : items()) {
                    if (other.contains(ts, item)) {
                        result.add(ts, item);
                    }
                }
            }
            case SUBTRACT -> {
                for (PyObject item : items()) {
                    if (!other.contains(ts, item)) {
                        result.add(ts, item);
                    }
                }
            }
            case XOR -> {
                result.addAll(ts, this);
                result.symmetricUpdate(ts, other);
            }
            default -> {
                ts.decref(result);
                return null;
            }
        }
        return result;
    }

    /** Subset and superset comparisons (&lt; is a proper subset). */
    PyObject compare(ThreadState ts, CompareOperator op, PySet other) {
        return PyBool.of(switch (op) {
            case EQ -> size() == other.size() && isSubset(ts, other);
            case NE -> !(size() == other.size() && isSubset(ts, other));
            case LE -> isSubset(ts, other);
            case LT -> size() < other.size() && isSubset(ts, other);
            case GE -> other.isSubset(ts, this);
            case GT -> size() > other.size() && other.isSubset(ts, this);
        });
    }

    boolean isSubset(ThreadState ts, PySet other) {
        for (PyObject item : items()) {
            if (!other.contains(ts, item)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyType type() {
        return frozen ? Types.FROZENSET : Types.SET;
    }

    @Override
    protected String builtinRepr() {
        String name = type().name();
        List<PyObject> items = items();
        if (items.isEmpty()) {
            return name + "()";
        }
        String body = Strings.joinRepr(this, "{", items, "}");
        return frozen || type() != Types.SET ? name + "(" + body + ")" : body;
    }

    @Override
    public boolean truthy() {
        return size() > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet s && size() == s.size() && isSubset(Slots.thread(), s);
    }

    @Override
    public int hashCode() {
        if (!frozen) {
            throw PyErrors.typeError("unhashable type: '" + type().name() + "'");
        }
        return Hashing.java(frozenHash());
    }

    /** frozenset_hash: shuffled item hashes xored, then mixed (order-independent). */
    long frozenHash() {
        long hash = 0;
        for (PyObject item : items()) {
            long h = Hashing.hash(item);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= (used + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    @Override
    protected void release(ThreadState ts) {
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                ts.decref(k);
            }
        }
        keys = new PyObject[MIN_SIZE];
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                visit.accept(k);
            }
        }
    }
}
