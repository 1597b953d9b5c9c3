package org.gillab.model.lib;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.GcContainer;
import org.gillab.model.object.IteratorReductions;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySingleton;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.SubclassableObject;
import org.gillab.model.object.ThreadState;
import org.gillab.model.compile.CompareOperator;

/**
 * The _collections module (Modules/_collectionsmodule.c): deque, in Java as CPython's is in C. Each
 * method is one native call, so append, appendleft, pop and popleft are atomic under the GIL as they
 * are in CPython; each also holds the deque's monitor for its few Java steps, which keeps them atomic
 * without a GIL too (free-threading, as 3.13t's per-object critical sections do). Methods that compare
 * items (count, index, remove, ==) compare a snapshot outside the monitor and, as CPython does, raise
 * RuntimeError when the deque changed meanwhile. Written for the model, not copied.
 */
final class CollectionsModule {
    private CollectionsModule() {}

    static PyModule create() {
        return new PyModule("_collections", true)
                .add("deque", DEQUE)
                .add("_deque_iterator", ITERATOR)
                .add("_deque_reverse_iterator", REVERSE_ITERATOR);
    }

    /** A double-ended queue: a ring buffer of owned references, bounded by maxlen when it has one. */
    static final class Deque extends SubclassableObject implements GcContainer {
        private PyObject[] ring = new PyObject[8];
        private int head;
        private int size;
        /** -1: unbounded. */
        private int maxlen = -1;
        /** Bumped by every change, so iterators and comparisons notice one (deque->state). */
        private long state;

        Deque(ThreadState ts, PyType type) {
            super(ts, type);
            ts.trackContainer(this);
        }

        synchronized int size() {
            return size;
        }

        synchronized long state() {
            return state;
        }

        /** Borrowed; the caller checked the index under the monitor or holds a snapshot. */
        private PyObject at(int index) {
            return ring[(head + index) % ring.length];
        }

        private void grow() {
            if (size == ring.length) {
                PyObject[] bigger = new PyObject[ring.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = at(i);
                }
                ring = bigger;
                head = 0;
            }
        }

        /** Appends an owned reference; returns the reference pushed out of the other end by maxlen, or null. */
        synchronized PyObject pushRight(PyObject item) {
            state++;
            if (maxlen == 0) {
                return item;
            }
            grow();
            ring[(head + size) % ring.length] = item;
            size++;
            return size > maxlen && maxlen >= 0 ? popLeftLocked() : null;
        }

        synchronized PyObject pushLeft(PyObject item) {
            state++;
            if (maxlen == 0) {
                return item;
            }
            grow();
            head = (head - 1 + ring.length) % ring.length;
            ring[head] = item;
            size++;
            return size > maxlen && maxlen >= 0 ? popRightLocked() : null;
        }

        /** The owned reference at the right end, removed; null when empty. */
        synchronized PyObject popRight() {
            return popRightLocked();
        }

        synchronized PyObject popLeft() {
            return popLeftLocked();
        }

        private PyObject popRightLocked() {
            if (size == 0) {
                return null;
            }
            state++;
            int at = (head + size - 1) % ring.length;
            PyObject item = ring[at];
            ring[at] = null;
            size--;
            return item;
        }

        private PyObject popLeftLocked() {
            if (size == 0) {
                return null;
            }
            state++;
            PyObject item = ring[head];
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
            return item;
        }

        /** The items, borrowed, in order: compare or repr these outside the monitor. */
        synchronized PyObject[] snapshot() {
            PyObject[] items = new PyObject[size];
            for (int i = 0; i < size; i++) {
                items[i] = at(i);
            }
            return items;
        }

        /** The items as new references, taken under the monitor. */
        synchronized PyObject[] snapshotOwned(ThreadState ts) {
            PyObject[] items = snapshot();
            for (PyObject item : items) {
                ts.incref(item);
            }
            return items;
        }

        /** Removes every item; returns them, owned, for the caller to drop outside the monitor. */
        synchronized PyObject[] takeAll() {
            PyObject[] items = snapshot();
            ring = new PyObject[8];
            head = 0;
            size = 0;
            state++;
            return items;
        }

        /** Rotates right by n (left when negative), as deque.rotate. */
        synchronized void rotate(long n) {
            if (size <= 1) {
                return;
            }
            int k = (int) Math.floorMod(n, (long) size);
            if (k == 0) {
                return;
            }
            PyObject[] items = snapshot();
            for (int i = 0; i < size; i++) {
                ring[(head + (i + k) % size) % ring.length] = items[i];
            }
            state++;
        }

        synchronized void reverse() {
            PyObject[] items = snapshot();
            for (int i = 0; i < size; i++) {
                ring[(head + i) % ring.length] = items[size - 1 - i];
            }
            state++;
        }

        /** The borrowed item at a checked index. */
        synchronized PyObject get(int index) {
            return at(checkIndex(index));
        }

        /** Replaces the item at {@code index} with an owned reference; returns the old one, owned. */
        synchronized PyObject set(int index, PyObject item) {
            int slot = (head + checkIndex(index)) % ring.length;
            PyObject old = ring[slot];
            ring[slot] = item;
            return old;
        }

        /** Removes and returns (owned) the item at {@code index}. */
        synchronized PyObject removeAt(int index) {
            int at = checkIndex(index);
            PyObject[] items = snapshot();
            PyObject removed = items[at];
            for (int i = at; i < size - 1; i++) {
                ring[(head + i) % ring.length] = items[i + 1];
            }
            ring[(head + size - 1) % ring.length] = null;
            size--;
            state++;
            return removed;
        }

        /** Inserts an owned reference before {@code index} (already clamped to [0, size]). */
        synchronized void insert(int index, PyObject item) {
            if (maxlen >= 0 && size >= maxlen) {
                throw PyErrors.indexError("deque already at its maximum size");
            }
            grow();
            PyObject[] items = snapshot();
            for (int i = size; i > index; i--) {
                ring[(head + i) % ring.length] = items[i - 1];
            }
            ring[(head + index) % ring.length] = item;
            size++;
            state++;
        }

        private int checkIndex(int index) {
            int i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw PyErrors.indexError("deque index out of range");
            }
            return i;
        }

        /** deque_bool: whether it has items. */
        @Override
        protected boolean builtinTruthy() {
            return size() > 0;
        }

        @Override
        protected long builtinHash() {
            return unhashable();
        }

        @Override
        protected String builtinRepr() {
            return reprOf(ThreadState.current(), this);
        }

        @Override
        protected void release(ThreadState ts) {
            for (PyObject item : takeAll()) {
                ts.decref(item);
            }
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            for (PyObject item : snapshot()) {
                visit.accept(item);
            }
            super.traverse(visit);
        }
    }

    private static final PyType DEQUE = PyType.builder("collections.deque")
            .newInstance((cls, args) -> new Deque(args.thread(), cls))
            .withoutInstanceDict()
            .attribute("__hash__", PyNone.NONE)
            .method("__init__", CollectionsModule::init)
            .method("append", (self, a) -> {
                a.expectPositional("append", 1, 1);
                a.thread().xdecref(deque(self).pushRight(a.thread().newRef(a.get(0))));
                return PyNone.NONE;
            })
            .method("appendleft", (self, a) -> {
                a.expectPositional("appendleft", 1, 1);
                a.thread().xdecref(deque(self).pushLeft(a.thread().newRef(a.get(0))));
                return PyNone.NONE;
            })
            .method("pop", (self, a) -> {
                a.expectPositional("pop", 0, 0);
                return nonEmpty(deque(self).popRight());
            })
            .method("popleft", (self, a) -> {
                a.expectPositional("popleft", 0, 0);
                return nonEmpty(deque(self).popLeft());
            })
            .method("extend", (self, a) -> {
                a.expectPositional("extend", 1, 1);
                extend(a.thread(), deque(self), a.get(0), false);
                return PyNone.NONE;
            })
            .method("extendleft", (self, a) -> {
                a.expectPositional("extendleft", 1, 1);
                extend(a.thread(), deque(self), a.get(0), true);
                return PyNone.NONE;
            })
            .method("clear", (self, a) -> {
                a.expectPositional("clear", 0, 0);
                for (PyObject item : deque(self).takeAll()) {
                    a.thread().decref(item);
                }
                return PyNone.NONE;
            })
            .method("copy", (self, a) -> copy(a.thread(), deque(self)))
            .method("__copy__", (self, a) -> copy(a.thread(), deque(self)))
            .method("__reduce__", (self, a) -> {
                a.expectPositional("__reduce__", 0, 0);
                return reduce(a.thread(), deque(self));
            })
            .method("count", (self, a) -> {
                a.expectPositional("count", 1, 1);
                Deque d = deque(self);
                long state = d.state();
                int n = 0;
                for (PyObject item : d.snapshotOwned(a.thread())) {
                    try {
                        if (Ops.equal(a.thread(), item, a.get(0))) {
                            n++;
                        }
                    } finally {
                        a.thread().decref(item);
                    }
                    checkUnchanged(d, state);
                }
                return PyInt.of(a.thread(), n);
            })
            .method("index", CollectionsModule::index)
            .method("insert", (self, a) -> {
                a.expectPositional("insert", 2, 2);
                Deque d = deque(self);
                int size = d.size();
                long i = indexArgument(a.thread(), a.get(0));
                int at = (int) Math.max(0, Math.min(size, i < 0 ? i + size : i));
                d.insert(at, a.thread().newRef(a.get(1)));
                return PyNone.NONE;
            })
            .method("remove", (self, a) -> {
                a.expectPositional("remove", 1, 1);
                Deque d = deque(self);
                int at = find(a.thread(), d, a.get(0), 0, Integer.MAX_VALUE);
                if (at < 0) {
                    throw PyErrors.valueError(a.get(0).repr() + " is not in deque");
                }
                a.thread().decref(d.removeAt(at));
                return PyNone.NONE;
            })
            .method("reverse", (self, a) -> {
                a.expectPositional("reverse", 0, 0);
                deque(self).reverse();
                return PyNone.NONE;
            })
            .method("rotate", (self, a) -> {
                a.expectPositional("rotate", 0, 1);
                deque(self).rotate(a.size() == 0 ? 1 : indexArgument(a.thread(), a.get(0)));
                return PyNone.NONE;
            })
            .getter("maxlen", (ts, self) -> deque(self).maxlen < 0 ? PyNone.NONE : PyInt.of(ts, deque(self).maxlen))
            .method("__len__", (self, a) -> PyInt.of(a.thread(), deque(self).size()))
            .method("__bool__", (self, a) -> PyBool.of(deque(self).size() > 0))
            .method("__iter__", (self, a) -> new DequeIterator(a.thread(), deque(self), false))
            .method("__reversed__", (self, a) -> new DequeIterator(a.thread(), deque(self), true))
            .method("__contains__", (self, a) -> PyBool.of(find(a.thread(), deque(self), a.get(0), 0, Integer.MAX_VALUE) >= 0))
            .method("__getitem__", (self, a) -> a.thread().newRef(deque(self).get(itemIndex(a.thread(), a.get(0)))))
            .method("__setitem__", (self, a) -> {
                a.expectPositional("__setitem__", 2, 2);
                a.thread().decref(deque(self).set(itemIndex(a.thread(), a.get(0)), a.thread().newRef(a.get(1))));
                return PyNone.NONE;
            })
            .method("__delitem__", (self, a) -> {
                a.thread().decref(deque(self).removeAt(itemIndex(a.thread(), a.get(0))));
                return PyNone.NONE;
            })
            .method("__repr__", (self, a) -> new PyStr(a.thread(), reprOf(a.thread(), deque(self))))
            .method("__eq__", (self, a) -> compare(a.thread(), deque(self), a.get(0), CompareOperator.EQ))
            .method("__ne__", (self, a) -> compare(a.thread(), deque(self), a.get(0), CompareOperator.NE))
            .method("__lt__", (self, a) -> compare(a.thread(), deque(self), a.get(0), CompareOperator.LT))
            .method("__le__", (self, a) -> compare(a.thread(), deque(self), a.get(0), CompareOperator.LE))
            .method("__gt__", (self, a) -> compare(a.thread(), deque(self), a.get(0), CompareOperator.GT))
            .method("__ge__", (self, a) -> compare(a.thread(), deque(self), a.get(0), CompareOperator.GE))
            .method("__add__", (self, a) -> {
                if (!(a.get(0) instanceof Deque other)) {
                    throw PyErrors.typeError("can only concatenate deque (not \"" + a.get(0).type().name() + "\") to deque");
                }
                Deque result = copy(a.thread(), deque(self));
                extend(a.thread(), result, other, false);
                return result;
            })
            .method("__iadd__", (self, a) -> {
                extend(a.thread(), deque(self), a.get(0), false);
                return a.thread().newRef(self);
            })
            .method("__mul__", (self, a) -> {
                Deque result = copy(a.thread(), deque(self));
                repeatInPlace(a.thread(), result, a.get(0));
                return result;
            })
            .method("__rmul__", (self, a) -> {
                Deque result = copy(a.thread(), deque(self));
                repeatInPlace(a.thread(), result, a.get(0));
                return result;
            })
            .method("__imul__", (self, a) -> {
                repeatInPlace(a.thread(), deque(self), a.get(0));
                return a.thread().newRef(self);
            })
            .build();

    static {
        DEQUE.setCollectionFlag(PyType.SEQUENCE); // a sequence to match statements, as CPython's deque is
    }

    private static Deque deque(PyObject self) {
        return (Deque) self;
    }

    private static PyObject nonEmpty(PyObject popped) {
        if (popped == null) {
            throw PyErrors.indexError("pop from an empty deque");
        }
        return popped;
    }

    /** deque(iterable=(), maxlen=None): clears the deque, sets maxlen, then extends. */
    private static PyObject init(PyObject self, Args args) {
        PyObject[] a = args.bind("deque", 0, "iterable", "maxlen");
        Deque d = deque(self);
        int maxlen = -1;
        if (a[1] != null && a[1] != PyNone.NONE) {
            PyInt n = Numbers.asInt(a[1]);
            if (n == null) {
                throw PyErrors.typeError("an integer is required");
            }
            if (n.toBig().signum() < 0) {
                throw PyErrors.valueError("maxlen must be non-negative");
            }
            maxlen = n.isBig() || n.value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n.value;
        }
        for (PyObject item : d.takeAll()) {
            args.thread().decref(item);
        }
        synchronized (d) {
            d.maxlen = maxlen;
        }
        if (a[0] != null) {
            extend(args.thread(), d, a[0], false);
        }
        return PyNone.NONE;
    }

    /** extend / extendleft: the iterable's items one by one (a deque extended by itself reads a copy first). */
    private static void extend(ThreadState ts, Deque d, PyObject iterable, boolean left) {
        List<PyObject> items = iterable == d ? List.of(d.snapshotOwned(ts)) : Ops.toList(ts, iterable);
        for (PyObject item : items) {
            ts.xdecref(left ? d.pushLeft(item) : d.pushRight(item));
        }
    }

    /**
     * deque.__reduce__: (type(d), () or ((), maxlen), d.__getstate__(), iter(d)), as deque_reduce gives it:
     * copy and pickle make the class's instance, set its state and append the items.
     */
    private static PyObject reduce(ThreadState ts, Deque d) {
        PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : new PyTuple(ts, new PyObject[] {ts.newRef(PyTuple.EMPTY), PyInt.of(ts, d.maxlen)});
        PyObject state = ts.callMethod(d, "__getstate__");
        PyObject items = new DequeIterator(ts, d, false);
        return new PyTuple(ts, new PyObject[] {ts.newRef(d.type()), args, state, items});
    }

    private static Deque copy(ThreadState ts, Deque d) {
        if (d.type() != DEQUE) {
            // a subclass's copy is made by calling the class with the deque (and its maxlen), as deque_copy does
            PyObject made = d.maxlen < 0 ? ts.call(d.type(), d) : callWithMaxlen(ts, d);
            if (!(made instanceof Deque result)) {
                ts.decref(made);
                throw PyErrors.typeError("deque subclass constructor did not return a deque");
            }
            return result;
        }
        Deque copy = new Deque(ts, DEQUE);
        copy.maxlen = d.maxlen;
        for (PyObject item : d.snapshotOwned(ts)) {
            ts.xdecref(copy.pushRight(item));
        }
        return copy;
    }

    private static PyObject callWithMaxlen(ThreadState ts, Deque d) {
        PyObject maxlen = PyInt.of(ts, d.maxlen);
        try {
            return ts.call(d.type(), d, maxlen);
        } finally {
            ts.decref(maxlen);
        }
    }

    private static void repeatInPlace(ThreadState ts, Deque d, PyObject count) {
        PyInt n = Numbers.asInt(count);
        if (n == null) {
            throw PyErrors.typeError("can't multiply sequence by non-int of type '" + count.type().name() + "'");
        }
        PyObject[] items = d.snapshotOwned(ts);
        long times = n.isBig() ? (n.toBig().signum() < 0 ? 0 : Long.MAX_VALUE) : n.value;
        try {
            if (times <= 0) {
                for (PyObject item : d.takeAll()) {
                    ts.decref(item);
                }
                return;
            }
            for (long t = 1; t < times && items.length > 0; t++) {
                for (PyObject item : items) {
                    ts.xdecref(d.pushRight(ts.newRef(item)));
                }
                if (d.maxlen >= 0 && t * items.length >= d.maxlen) {
                    break; // what is appended later pushes out what was appended earlier: the result no longer changes
                }
            }
        } finally {
            for (PyObject item : items) {
                ts.decref(item);
            }
        }
    }

    /** Position of the first item equal to {@code value} in [start, stop), or -1; RuntimeError if the deque changes. */
    private static int find(ThreadState ts, Deque d, PyObject value, int start, int stop) {
        long state = d.state();
        PyObject[] items = d.snapshotOwned(ts);
        try {
            for (int i = Math.max(0, start); i < Math.min(stop, items.length); i++) {
                boolean equal = Ops.equal(ts, items[i], value);
                checkUnchanged(d, state);
                if (equal) {
                    return i;
                }
            }
            return -1;
        } finally {
            for (PyObject item : items) {
                ts.decref(item);
            }
        }
    }

    private static void checkUnchanged(Deque d, long state) {
        if (d.state() != state) {
            throw PyErrors.runtimeError("deque mutated during iteration");
        }
    }

    /** index(x[, start[, stop]]): the first position of x, with list.index's clamping of start and stop. */
    private static PyObject index(PyObject self, Args a) {
        a.expectPositional("index", 1, 3);
        Deque d = deque(self);
        int size = d.size();
        long start = a.size() > 1 ? sliceIndex(a.thread(), a.get(1)) : 0;
        long stop = a.size() > 2 ? sliceIndex(a.thread(), a.get(2)) : size;
        start = start < 0 ? Math.max(0, start + size) : start;
        stop = stop < 0 ? Math.max(0, stop + size) : stop;
        int at = find(a.thread(), d, a.get(0), (int) Math.min(start, size), (int) Math.min(stop, size));
        if (at < 0) {
            throw PyErrors.valueError(a.get(0).repr() + " is not in deque");
        }
        return PyInt.of(a.thread(), at);
    }

    private static long sliceIndex(ThreadState ts, PyObject value) {
        if (Numbers.asInt(value) == null && value.type().lookup("__index__") == null) {
            throw PyErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        return indexArgument(ts, value);
    }

    /** An int argument (__index__ honoured), clamped to the long range. */
    private static long indexArgument(ThreadState ts, PyObject value) {
        PyInt i = Numbers.index(ts, value);
        long v = i.isBig() ? (i.toBig().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.value;
        Numbers.releaseIndex(ts, i, value);
        return v;
    }

    /** d[i]: an int (not a slice), as deque_item's "sequence index must be integer". */
    private static int itemIndex(ThreadState ts, PyObject value) {
        if (Numbers.asInt(value) == null && value.type().lookup("__index__") == null) {
            throw PyErrors.typeError("sequence index must be integer, not '" + value.type().name() + "'");
        }
        long i = indexArgument(ts, value);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i));
    }

    /** Deques compare with deques only, item by item as lists do. */
    private static PyObject compare(ThreadState ts, Deque d, PyObject other, CompareOperator op) {
        if (!(other instanceof Deque o)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyList left = new PyList(ts, List.of(d.snapshotOwned(ts)));
        PyList right = new PyList(ts, List.of(o.snapshotOwned(ts)));
        try {
            return Ops.richCompare(ts, op, left, right);
        } finally {
            ts.decref(left);
            ts.decref(right);
        }
    }

    private static final ThreadLocal<Set<PyObject>> IN_REPR =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    /** deque([1, 2]) or deque([1, 2], maxlen=3), named after the class; "[...]" for a deque inside itself. */
    private static String reprOf(ThreadState ts, Deque d) {
        Set<PyObject> active = IN_REPR.get();
        if (!active.add(d)) {
            return "[...]";
        }
        PyList items = new PyList(ts, List.of(d.snapshotOwned(ts)));
        try {
            String name = d.type().isHeapType() ? d.type().name() : "deque";
            return name + "(" + items.repr() + (d.maxlen >= 0 ? ", maxlen=" + d.maxlen : "") + ")";
        } finally {
            ts.decref(items);
            active.remove(d);
        }
    }

    /** Iteration over a deque, forwards or backwards; the deque changing meanwhile is an error. */
    static final class DequeIterator extends PyIterator implements PyIterator.Reducible {
        private final Deque deque;
        private final boolean reversed;
        private final long state;
        private int index;

        DequeIterator(ThreadState ts, Deque deque, boolean reversed) {
            super(ts);
            this.deque = ts.newRef(deque);
            this.reversed = reversed;
            this.state = deque.state();
        }

        @Override
        public PyObject next(ThreadState ts) {
            synchronized (deque) {
                if (deque.state != state) {
                    throw PyErrors.runtimeError("deque mutated during iteration");
                }
                if (index >= deque.size) {
                    return null;
                }
                int at = reversed ? deque.size - 1 - index : index;
                index++;
                return ts.newRef(deque.at(at));
            }
        }

        /** dequeiter_reduce: (type, (deque, items taken)), which the type's constructor takes again. */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject taken = PyInt.of(ts, index);
            try {
                return IteratorReductions.call(ts, type(), deque, taken);
            } finally {
                ts.decref(taken);
            }
        }

        @Override
        public PyType type() {
            return reversed ? REVERSE_ITERATOR : ITERATOR;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(deque);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(deque);
        }
    }

    private static final PyType ITERATOR = iteratorType("_collections._deque_iterator", false);
    private static final PyType REVERSE_ITERATOR = iteratorType("_collections._deque_reverse_iterator", true);

    /**
     * _deque_iterator(deque, index=0) and _deque_reverse_iterator (dequeiter_new): an iterator over the deque
     * with {@code index} items taken, as a reduction makes it again.
     */
    private static PyObject newIterator(Args args, String name, boolean reversed) {
        args.noKeywords(name);
        args.checkCount(name, 1, 2);
        if (!(args.get(0) instanceof Deque d)) {
            throw PyErrors.typeError(name + "() argument 1 must be collections.deque, not " + args.get(0).type().name());
        }
        ThreadState ts = args.thread();
        long index = args.size() == 2 ? Convert.toLong(args.get(1), name) : 0;
        DequeIterator it = new DequeIterator(ts, d, reversed);
        for (long i = 0; i < index; i++) {
            PyObject item = it.next(ts);
            if (item == null) {
                break;
            }
            ts.decref(item);
        }
        return it;
    }

    private static PyType iteratorType(String name, boolean reversed) {
        return IteratorReductions.reducible(PyType.builder(name))
                .constructor(args -> newIterator(args, name.substring(name.indexOf('.') + 1), reversed))
                .method("__iter__", (self, a) -> a.thread().newRef(self))
                .method("__next__", (self, a) -> {
                    PyObject next = ((PyIterator) self).next(a.thread());
                    if (next == null) {
                        throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
                    }
                    return next;
                })
                .method("__length_hint__", (self, a) -> {
                    DequeIterator it = (DequeIterator) self;
                    return PyInt.of(a.thread(), Math.max(0, it.deque.size() - it.index));
                })
                .build();
    }
}
