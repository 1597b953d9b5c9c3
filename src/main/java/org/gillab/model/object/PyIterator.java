package org.gillab.model.object;

import java.util.function.Consumer;

/** An iterator (tp_iternext): FOR_ITER calls {@link #next} until it returns null. */
public abstract class PyIterator extends PyObject {
    protected PyIterator(ThreadState ts) {
        super(ts);
    }

    /** The next item as a new reference, or null when exhausted. */
    public abstract PyObject next(ThreadState ts);

    /** range_iterator: no allocation for small ints. */
    static final class RangeIterator extends PyIterator {
        private long next;
        private long remaining;
        private final long step;

        RangeIterator(ThreadState ts, PyRange range) {
            super(ts);
            this.next = range.start;
            this.remaining = range.length();
            this.step = range.step;
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

        @Override
        public PyType type() {
            return Types.RANGE_ITERATOR;
        }
    }

    /** list_iterator / tuple_iterator / str_iterator: by index over a sequence it keeps alive. */
    static final class SequenceIterator extends PyIterator {
        private final PyObject sequence;
        private int index;

        SequenceIterator(ThreadState ts, PyObject sequence) {
            super(ts);
            this.sequence = ts.newRef(sequence);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (sequence instanceof PyList list) {
                return index < list.size() ? ts.newRef(list.get(index++)) : null;
            }
            if (sequence instanceof PyTuple tuple) {
                return index < tuple.size() ? ts.newRef(tuple.get(index++)) : null;
            }
            String s = ((PyStr) sequence).value;
            return index < s.length() ? new PyStr(ts, String.valueOf(s.charAt(index++))) : null;
        }

        @Override
        public PyType type() {
            return Types.ITERATOR;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(sequence);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(sequence);
        }
    }

    /** enumerate(iterable, start). */
    static final class Enumerate extends PyIterator {
        private final PyIterator source;
        private long count;

        Enumerate(ThreadState ts, PyIterator source, long start) {
            super(ts);
            this.source = source;
            this.count = start;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject item = source.next(ts);
            if (item == null) {
                return null;
            }
            return new PyTuple(ts, new PyObject[] {PyInt.of(ts, count++), item});
        }

        @Override
        public PyType type() {
            return Types.ENUMERATE;
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

    /** zip(*iterables): stops at the shortest. */
    static final class Zip extends PyIterator {
        private final PyIterator[] sources;

        Zip(ThreadState ts, PyIterator[] sources) {
            super(ts);
            this.sources = sources;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (sources.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[sources.length];
            for (int i = 0; i < sources.length; i++) {
                items[i] = sources[i].next(ts);
                if (items[i] == null) {
                    for (int j = 0; j < i; j++) {
                        ts.decref(items[j]);
                    }
                    return null;
                }
            }
            return new PyTuple(ts, items);
        }

        @Override
        public PyType type() {
            return Types.ZIP;
        }

        @Override
        protected void release(ThreadState ts) {
            for (PyIterator source : sources) {
                ts.decref(source);
            }
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            for (PyIterator source : sources) {
                visit.accept(source);
            }
        }
    }
}
