package org.gillab.model.object;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gillab.model.PythonException;

/**
 * An iterator implemented in Java (tp_iternext): {@link Ops#next} calls {@link #next} until it returns
 * null. The built-in iterators are here: over ranges, sequences, dicts and sets, and enumerate, zip,
 * map, filter, reversed and iter(callable, sentinel).
 */
public abstract class PyIterator extends PyObject {
    /** An iterator in Java that Python does not iterate: a coroutine (CPython's type has no tp_iter). */
    public interface NotIterable {}

    /** An iterator whose type has __reduce__, so that copy and pickle can make it again (see IteratorReductions). */
    public interface Reducible {
        /** __reduce__: how to make an iterator at this one's position, a new reference. */
        PyObject reduce(ThreadState ts);
    }

    /** An iterator whose type also has __setstate__: the position (or flag) its reduction's third item gives. */
    public interface Resumable extends Reducible {
        void setState(ThreadState ts, PyObject state);
    }

    /** An iterator whose type has __length_hint__: how many items are left, as CPython's *_len functions count them. */
    public interface Sized {
        /** A new reference: the count as an int (0 once exhausted), or NotImplemented when it cannot tell. */
        PyObject lengthHint(ThreadState ts);
    }

    protected PyIterator(ThreadState ts) {
        super(ts);
    }

    /** The next item as a new reference, or null when exhausted. */
    public abstract PyObject next(ThreadState ts);

    /** iter(callable, sentinel). */
    public static PyIterator callable(ThreadState ts, PyObject callable, PyObject sentinel) {
        return new CallableIterator(ts, callable, sentinel);
    }

    /** An iterator that keeps one other object alive (the sequence or source it walks). */
    abstract static class Over extends PyIterator {
        final PyObject source;

        Over(ThreadState ts, PyObject source) {
            super(ts);
            this.source = ts.newRef(source);
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(source);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(source);
        }
    }

    /** range_iterator: no allocation for small ints. */
    static final class RangeIterator extends PyIterator implements Resumable, Sized {
        private final long start;
        private final long length;
        private final long step;
        private long next;
        private long remaining;

        RangeIterator(ThreadState ts, PyRange range) {
            super(ts);
            this.start = range.start;
            this.length = range.length();
            this.step = range.step;
            this.next = start;
            this.remaining = length;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long value = next;
            next += step;
            return PyInt.of(ts, value);
        }

        /** rangeiter_reduce: (iter, (range(start, start + length * step, step),), items taken). */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyRange range = new PyRange(ts, start, start + length * step, step);
            try {
                return IteratorReductions.iterAt(ts, range, length - remaining);
            } finally {
                ts.decref(range);
            }
        }

        @Override
        public void setState(ThreadState ts, PyObject state) {
            long index = IteratorReductions.index(ts, state, 0, length);
            next = start + index * step;
            remaining = length - index;
        }

        @Override
        public PyObject lengthHint(ThreadState ts) {
            return PyInt.of(ts, remaining);
        }

        @Override
        public PyType type() {
            return Types.RANGE_ITERATOR;
        }
    }

    /**
     * list_iterator / tuple_iterator / str_iterator / bytes_iterator / bytearray_iterator: by index over a
     * sequence it keeps alive. Once it ran out it stays out, however the sequence grows (CPython drops it).
     */
    static final class SequenceIterator extends Over implements Resumable, Sized {
        private final PyType type;
        private int index;
        private boolean exhausted;

        SequenceIterator(ThreadState ts, PyObject sequence) {
            super(ts, sequence);
            this.type = sequence instanceof PyStr str ? (str.value.chars().allMatch(c -> c < 128) ? Types.STR_ASCII_ITERATOR
                    : Types.STR_ITERATOR) : sequence instanceof PyList ? Types.LIST_ITERATOR
                    : sequence instanceof PyTuple ? Types.TUPLE_ITERATOR
                    : ((PyBytes) sequence).mutable ? Types.BYTEARRAY_ITERATOR : Types.BYTES_ITERATOR;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject item = exhausted ? null : item(ts);
            exhausted = item == null;
            return item;
        }

        private PyObject item(ThreadState ts) {
            if (source instanceof PyList list) {
                synchronized (list) {
                    return index < list.size() ? ts.newRef(list.get(index++)) : null;
                }
            }
            if (source instanceof PyTuple tuple) {
                return index < tuple.size() ? ts.newRef(tuple.get(index++)) : null;
            }
            if (source instanceof PyBytes bytes) {
                return index < bytes.length() ? PyInt.of(ts, bytes.value()[index++] & 0xFF) : null;
            }
            PyStr str = (PyStr) source;
            return index < str.length() ? PyStr.of(ts, str.codePointAt(index++)) : null;
        }

        /** (iter, (sequence,), index); once exhausted iter of an empty one: [] for a list, '' for a str, else (). */
        @Override
        public PyObject reduce(ThreadState ts) {
            if (!exhausted) {
                return IteratorReductions.iterAt(ts, source, index);
            }
            PyObject empty = source instanceof PyList ? new PyList(ts) : source instanceof PyStr ? new PyStr(ts, "")
                    : PyTuple.EMPTY;
            return IteratorReductions.exhausted(ts, IteratorReductions.iter(ts), empty);
        }

        @Override
        public void setState(ThreadState ts, PyObject state) {
            if (!exhausted) {
                index = (int) IteratorReductions.index(ts, state, 0, Ops.len(ts, source));
            }
        }

        /** listiter_len and its kin: the items between the index and the sequence's length now. */
        @Override
        public PyObject lengthHint(ThreadState ts) {
            return PyInt.of(ts, exhausted ? 0 : Math.max(0, Ops.len(ts, source) - index));
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /** list_reverseiterator: from the end of a list toward its start, as the list is when each item is asked for. */
    static final class ListReverseIterator extends Over implements Resumable, Sized {
        private int index;
        private boolean exhausted;

        ListReverseIterator(ThreadState ts, PyList list) {
            super(ts, list);
            this.index = list.size() - 1;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyList list = (PyList) source;
            synchronized (list) {
                if (exhausted || index < 0 || index >= list.size()) {
                    index = -1;
                    exhausted = true;
                    return null;
                }
                return ts.newRef(list.get(index--));
            }
        }

        /** listreviter_reduce: (reversed, (list,), index); once exhausted (iter, ([],)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return exhausted ? IteratorReductions.exhausted(ts, IteratorReductions.iter(ts), new PyList(ts))
                    : IteratorReductions.callAt(ts, Types.REVERSED, source, index);
        }

        @Override
        public void setState(ThreadState ts, PyObject state) {
            if (!exhausted) {
                index = (int) IteratorReductions.index(ts, state, -1, ((PyList) source).size() - 1);
            }
        }

        /** listreviter_len: nothing left once the index is outside the list as it is now. */
        @Override
        public PyObject lengthHint(ThreadState ts) {
            return PyInt.of(ts, exhausted || index >= ((PyList) source).size() ? 0 : index + 1);
        }

        @Override
        public PyType type() {
            return Types.LIST_REVERSE_ITERATOR;
        }
    }

    /** dict_keyiterator / dict_valueiterator / dict_itemiterator and their reverse forms; a dict that changes size is an error. */
    static final class DictIterator extends Over implements Reducible, Sized {
        private final List<Map.Entry<PyObject, PyObject>> entries;
        private final int what;
        private final boolean reversed;
        private final int size;
        private int index;

        /** @param what 0 keys, 1 values, 2 (key, value) pairs */
        DictIterator(ThreadState ts, PyDict dict, int what) {
            this(ts, dict, what, false);
        }

        DictIterator(ThreadState ts, PyDict dict, int what, boolean reversed) {
            super(ts, dict);
            this.entries = dict.snapshot();
            this.what = what;
            this.reversed = reversed;
            this.size = entries.size();
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (((PyDict) source).size() != size) {
                index = entries.size();
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            if (index >= entries.size()) {
                return null;
            }
            Map.Entry<PyObject, PyObject> e = entries.get(reversed ? entries.size() - 1 - index++ : index++);
            return switch (what) {
                case 0 -> ts.newRef(e.getKey());
                case 1 -> ts.newRef(e.getValue());
                default -> PyTuple.of(ts, e.getKey(), e.getValue());
            };
        }

        /** dictiter_reduce: (iter, (the keys, values or items still to come, in a list,)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            if (((PyDict) source).size() != size) {
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            List<PyObject> rest = new java.util.ArrayList<>();
            List<PyObject> made = new java.util.ArrayList<>();
            for (int i = index; i < entries.size(); i++) {
                Map.Entry<PyObject, PyObject> e = entries.get(reversed ? entries.size() - 1 - i : i);
                PyObject item = what == 0 ? e.getKey() : what == 1 ? e.getValue() : PyTuple.of(ts, e.getKey(), e.getValue());
                rest.add(item);
                if (what == 2) {
                    made.add(item);
                }
            }
            try {
                return IteratorReductions.iterOverList(ts, rest);
            } finally {
                made.forEach(ts::decref);
            }
        }

        /** dictiter_len: what is left, or 0 once the dict changed size. */
        @Override
        public PyObject lengthHint(ThreadState ts) {
            return PyInt.of(ts, ((PyDict) source).size() == size ? entries.size() - index : 0);
        }

        @Override
        public PyType type() {
            if (reversed) {
                return what == 0 ? Types.DICT_REVERSE_KEY_ITERATOR : what == 1 ? Types.DICT_REVERSE_VALUE_ITERATOR
                        : Types.DICT_REVERSE_ITEM_ITERATOR;
            }
            return what == 0 ? Types.DICT_KEY_ITERATOR : what == 1 ? Types.DICT_VALUE_ITERATOR : Types.DICT_ITEM_ITERATOR;
        }
    }

    /** set_iterator, in table order. */
    static final class SetIterator extends Over implements Reducible, Sized {
        private final List<PyObject> items;
        private final int size;
        private int index;

        SetIterator(ThreadState ts, PySet set) {
            super(ts, set);
            this.items = set.items();
            this.size = items.size();
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (((PySet) source).size() != size) {
                index = items.size();
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            return index < items.size() ? ts.newRef(items.get(index++)) : null;
        }

        /** setiter_reduce: (iter, (the items still to come, in a list,)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return IteratorReductions.iterOverList(ts, items.subList(Math.min(index, items.size()), items.size()));
        }

        /** setiter_len: what is left, or 0 once the set changed size. */
        @Override
        public PyObject lengthHint(ThreadState ts) {
            return PyInt.of(ts, ((PySet) source).size() == size ? items.size() - index : 0);
        }

        @Override
        public PyType type() {
            return Types.SET_ITERATOR;
        }
    }

    /** iter() of an object with only __getitem__: items 0, 1, 2... until IndexError (the old sequence protocol). */
    static final class GetItemIterator extends Over implements Resumable, Sized {
        private long index;
        private boolean done;

        GetItemIterator(ThreadState ts, PyObject sequence) {
            super(ts, sequence);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (done) {
                return null;
            }
            PyInt i = PyInt.of(ts, index++);
            try {
                return SequenceItems.item(ts, source, i);
            } catch (PythonException e) {
                if (e.exception().type().isSubtypeOf(PyErrors.INDEX_ERROR) || Slots.isStopIteration(e)) {
                    done = true;
                    ts.decref(e.exception());
                    return null;
                }
                throw e;
            } finally {
                ts.decref(i);
            }
        }

        /** iter_reduce: (iter, (sequence,), index); once exhausted (iter, ((),)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return done ? IteratorReductions.exhausted(ts, IteratorReductions.iter(ts), PyTuple.EMPTY)
                    : IteratorReductions.iterAt(ts, source, index);
        }

        @Override
        public void setState(ThreadState ts, PyObject state) {
            if (!done) {
                index = IteratorReductions.index(ts, state, 0, Long.MAX_VALUE);
            }
        }

        /** iter_len: the sequence's length less the index, NotImplemented for a sequence without __len__. */
        @Override
        public PyObject lengthHint(ThreadState ts) {
            if (done) {
                return PyInt.of(ts, 0);
            }
            if (source.type().lookup("__len__") == null) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return PyInt.of(ts, Math.max(0, Ops.len(ts, source) - index));
        }

        @Override
        public PyType type() {
            return Types.ITERATOR;
        }
    }

    /** enumerate(iterable, start). */
    static final class Enumerate extends Over implements Reducible {
        private long count;

        /** Takes over the reference to {@code iterator}. */
        Enumerate(ThreadState ts, PyObject iterator, long start) {
            super(ts, iterator);
            ts.decref(iterator);
            this.count = start;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject item = Ops.next(ts, source);
            if (item == null) {
                return null;
            }
            return new PyTuple(ts, new PyObject[] {PyInt.of(ts, count++), item});
        }

        /** enum_reduce: (enumerate, (iterator, next count)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject at = PyInt.of(ts, count);
            try {
                return IteratorReductions.call(ts, Types.ENUMERATE, source, at);
            } finally {
                ts.decref(at);
            }
        }

        @Override
        public PyType type() {
            return Types.ENUMERATE;
        }
    }

    /** zip(*iterables, strict=False): stops at the shortest, or raises ValueError when strict and lengths differ. */
    static final class Zip extends PyIterator implements Resumable {
        private final PyObject[] sources;
        private boolean strict;

        private Zip(ThreadState ts, PyObject[] sources, boolean strict) {
            super(ts);
            this.sources = sources;
            this.strict = strict;
        }

        static PyObject construct(Args args) {
            ThreadState ts = args.thread();
            // zip_new parses its keywords with PyArg_ParseTupleAndKeywords("|$p:zip")
            if (args.keywordNames().size() > 1) {
                throw PyErrors.typeError("zip() takes at most 1 keyword argument (" + args.keywordNames().size() + " given)");
            }
            if (!args.keywordNames().isEmpty() && !args.keywordNames().get(0).equals("strict")) {
                throw PyErrors.typeError("'" + args.keywordNames().get(0) + "' is an invalid keyword argument for zip()");
            }
            PyObject strict = args.keyword("strict");
            PyObject[] sources = new PyObject[args.size()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = Ops.iter(ts, args.get(i));
            }
            return new Zip(ts, sources, strict != null && strict.truthy());
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (sources.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[sources.length];
            for (int i = 0; i < sources.length; i++) {
                items[i] = Ops.next(ts, sources[i]);
                if (items[i] == null) {
                    for (int j = 0; j < i; j++) {
                        ts.decref(items[j]);
                    }
                    if (strict) {
                        checkRestExhausted(ts, i);
                    }
                    return null;
                }
            }
            return new PyTuple(ts, items);
        }

        private void checkRestExhausted(ThreadState ts, int shortest) {
            if (shortest > 0) {
                throw PyErrors.valueError("zip() argument " + (shortest + 1) + " is shorter than argument"
                        + (shortest > 1 ? "s 1-" + shortest : " 1"));
            }
            for (int i = 1; i < sources.length; i++) {
                PyObject extra = Ops.next(ts, sources[i]);
                if (extra != null) {
                    ts.decref(extra);
                    throw PyErrors.valueError("zip() argument " + (i + 1) + " is longer than argument"
                            + (i > 1 ? "s 1-" + i : " 1"));
                }
            }
        }

        /** zip_reduce: (zip, iterators), with True third when strict (zip_setstate sets it). */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject reduction = IteratorReductions.call(ts, Types.ZIP, sources);
            if (!strict) {
                return reduction;
            }
            try {
                return PyTuple.of(ts, ((PyTuple) reduction).get(0), ((PyTuple) reduction).get(1), PyBool.TRUE);
            } finally {
                ts.decref(reduction);
            }
        }

        @Override
        public void setState(ThreadState ts, PyObject state) {
            strict = Ops.truthy(ts, state);
        }

        @Override
        public PyType type() {
            return Types.ZIP;
        }

        @Override
        protected void release(ThreadState ts) {
            for (PyObject source : sources) {
                ts.decref(source);
            }
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            for (PyObject source : sources) {
                visit.accept(source);
            }
        }
    }

    /** map(function, *iterables). */
    static final class MapIterator extends PyIterator implements Reducible {
        private final PyObject function;
        private final PyObject[] sources;

        private MapIterator(ThreadState ts, PyObject function, PyObject[] sources) {
            super(ts);
            this.function = ts.newRef(function);
            this.sources = sources;
        }

        static PyObject construct(Args args) {
            args.noKeywords("map");
            if (args.size() < 2) {
                throw PyErrors.typeError("map() must have at least two arguments.");
            }
            ThreadState ts = args.thread();
            PyObject[] sources = new PyObject[args.size() - 1];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = Ops.iter(ts, args.get(i + 1));
            }
            return new MapIterator(ts, args.get(0), sources);
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject[] items = new PyObject[sources.length];
            try {
                for (int i = 0; i < sources.length; i++) {
                    items[i] = Ops.next(ts, sources[i]);
                    if (items[i] == null) {
                        return null;
                    }
                }
                return ts.call(function, items);
            } finally {
                for (PyObject item : items) {
                    ts.xdecref(item);
                }
            }
        }

        /** map_reduce: (map, (function, *iterators)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject[] args = new PyObject[sources.length + 1];
            args[0] = function;
            System.arraycopy(sources, 0, args, 1, sources.length);
            return IteratorReductions.call(ts, Types.MAP, args);
        }

        @Override
        public PyType type() {
            return Types.MAP;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(function);
            for (PyObject source : sources) {
                ts.decref(source);
            }
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(function);
            for (PyObject source : sources) {
                visit.accept(source);
            }
        }
    }

    /** filter(function or None, iterable). */
    static final class FilterIterator extends Over implements Reducible {
        private final PyObject function;

        private FilterIterator(ThreadState ts, PyObject function, PyObject iterator) {
            super(ts, iterator);
            ts.decref(iterator);
            this.function = ts.newRef(function);
        }

        static PyObject construct(Args args) {
            args.checkPositional("filter", "filter", 2, 2);
            return new FilterIterator(args.thread(), args.get(0), Ops.iter(args.thread(), args.get(1)));
        }

        @Override
        public PyObject next(ThreadState ts) {
            for (PyObject item = Ops.next(ts, source); item != null; item = Ops.next(ts, source)) {
                boolean keep;
                if (function == PyNone.NONE) {
                    keep = item.truthy();
                } else {
                    PyObject verdict = ts.call(function, item);
                    keep = verdict.truthy();
                    ts.decref(verdict);
                }
                if (keep) {
                    return item;
                }
                ts.decref(item);
            }
            return null;
        }

        /** filter_reduce: (filter, (function, iterator)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return IteratorReductions.call(ts, Types.FILTER, function, source);
        }

        @Override
        public PyType type() {
            return Types.FILTER;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(function);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(function);
            super.traverse(visit);
        }
    }

    /** reversed(sequence): __reversed__, or len() and __getitem__ from the end. */
    static final class Reversed extends Over implements Resumable, Sized {
        private long index;
        private boolean exhausted;

        private Reversed(ThreadState ts, PyObject sequence, long length) {
            super(ts, sequence);
            this.index = length - 1;
        }

        static PyObject construct(Args args) {
            args.checkPositional("reversed", "reversed", 1, 1);
            ThreadState ts = args.thread();
            PyObject seq = args.get(0);
            PyObject custom = Slots.callOptional(ts, seq, "__reversed__");
            if (custom != null) {
                return custom;
            }
            if (seq instanceof PyDict || seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr
                    || seq instanceof PyRange || seq instanceof PyBytes || seq.type().lookup("__getitem__") != null
                    && seq.type().lookup("__len__") != null) {
                PyObject target = seq instanceof PyDict d ? new PyList(ts, Ops.toList(ts, d)) : ts.newRef(seq);
                Reversed r = new Reversed(ts, target, Ops.len(ts, target));
                ts.decref(target);
                return r;
            }
            throw PyErrors.typeError("'" + seq.type().name() + "' object is not reversible");
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (exhausted || index < 0) {
                exhausted = true;
                return null;
            }
            PyInt i = PyInt.of(ts, index--);
            try {
                return SequenceItems.item(ts, source, i);
            } finally {
                ts.decref(i);
            }
        }

        /** reversed_reduce: (reversed, (sequence,), index); once exhausted (reversed, ((),)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return exhausted ? IteratorReductions.exhausted(ts, Types.REVERSED, PyTuple.EMPTY)
                    : IteratorReductions.callAt(ts, Types.REVERSED, source, index);
        }

        @Override
        public void setState(ThreadState ts, PyObject state) {
            if (!exhausted) {
                index = IteratorReductions.index(ts, state, -1, Ops.len(ts, source) - 1);
            }
        }

        /** reversed_len: the index plus one, or 0 once the sequence is shorter than that. */
        @Override
        public PyObject lengthHint(ThreadState ts) {
            long position = exhausted ? 0 : index + 1;
            return PyInt.of(ts, exhausted || Ops.len(ts, source) < position ? 0 : position);
        }

        @Override
        public PyType type() {
            return Types.REVERSED;
        }
    }

    /** iter(callable, sentinel): calls until the result equals the sentinel. */
    static final class CallableIterator extends Over implements Reducible {
        private final PyObject sentinel;
        private boolean done;

        CallableIterator(ThreadState ts, PyObject callable, PyObject sentinel) {
            super(ts, callable);
            this.sentinel = ts.newRef(sentinel);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (done) {
                return null;
            }
            PyObject value = ts.call(source);
            if (Ops.equal(ts, value, sentinel)) {
                ts.decref(value);
                done = true;
                return null;
            }
            return value;
        }

        /** calliter_reduce: (iter, (callable, sentinel)); once exhausted (iter, ((),)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return done ? IteratorReductions.exhausted(ts, IteratorReductions.iter(ts), PyTuple.EMPTY)
                    : IteratorReductions.iterCall(ts, source, sentinel);
        }

        @Override
        public PyType type() {
            return Types.CALLABLE_ITERATOR;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(sentinel);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(sentinel);
            super.traverse(visit);
        }
    }
}
