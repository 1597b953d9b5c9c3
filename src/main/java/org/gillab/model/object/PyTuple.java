package org.gillab.model.object;

import java.util.Arrays;
import java.util.function.Consumer;

/** tuple: an immutable array that owns a reference to each item. */
public class PyTuple extends PyObject implements GcContainer {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    /** An instance of a class that subclasses tuple (collections.namedtuple's classes do). */
    static final class Sub extends PyTuple {
        /** Its class, __dict__ (unless __slots__ leave it none) and slot values. */
        private final InstanceState state;

        /** Takes over {@code items}' references. */
        Sub(ThreadState ts, PyType type, PyObject[] items) {
            super(ts, items);
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

    /**
     * A tuple of a tuple subclass without a __dict__ (a struct sequence: sys.version_info, time.struct_time,
     * os.stat_result), its fields read by index through the type's getters.
     */
    public static final class Named extends PyTuple {
        private static final PyObject[] NONE = new PyObject[0];

        private final PyType type;
        private final String[] fields;
        /** Fields that are attributes only, not items (struct_time's tm_zone and tm_gmtoff). */
        private final PyObject[] extra;

        /** Takes over {@code items}' references. */
        public Named(ThreadState ts, PyType type, String[] fields, PyObject[] items) {
            this(ts, type, fields, items, NONE);
        }

        /** Takes over the references in {@code items} and in {@code extra}, the fields after the items. */
        public Named(ThreadState ts, PyType type, String[] fields, PyObject[] items, PyObject[] extra) {
            super(ts, items);
            this.type = type;
            this.fields = fields;
            this.extra = extra;
        }

        /** An immortal one of immortal items. */
        public Named(PyType type, String[] fields, PyObject[] immortalItems) {
            super(immortalItems);
            this.type = type;
            this.fields = fields;
            this.extra = NONE;
        }

        /** The field {@code index} past the items, borrowed. */
        public PyObject extra(int index) {
            return extra[index];
        }

        @Override
        protected void release(ThreadState ts) {
            super.release(ts);
            for (PyObject o : extra) {
                ts.decref(o);
            }
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            super.traverse(visit);
            for (PyObject o : extra) {
                visit.accept(o);
            }
        }

        @Override
        public PyType type() {
            return type;
        }

        /** structseq_repr: the type's tp_name, sys.version_info(major=3, minor=11, ...). */
        @Override
        protected String builtinRepr() {
            StringBuilder out = new StringBuilder(type.name()).append('(');
            for (int i = 0; i < fields.length; i++) {
                out.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(get(i).repr());
            }
            return out.append(')').toString();
        }
    }

    /** Takes over the references in {@code items} (steals them, as PyTuple_SET_ITEM does). */
    public PyTuple(ThreadState ts, PyObject[] items) {
        super(ts);
        ts.trackContainer(this);
        this.items = items;
    }

    private PyTuple(PyObject[] immortalItems) {
        this.items = immortalItems;
    }

    /** An immortal tuple of immortal items, for code constants. */
    public static PyTuple constant(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** A new tuple holding new references to the borrowed {@code items}. */
    public static PyTuple of(ThreadState ts, PyObject... items) {
        if (items.length == 0) {
            return EMPTY;
        }
        for (PyObject item : items) {
            ts.incref(item);
        }
        return new PyTuple(ts, items.clone());
    }

    public int size() {
        return items.length;
    }

    /** Borrowed. */
    public PyObject get(int index) {
        return items[index];
    }

    /** t[i] or t[i:j:k] (a new reference). */
    PyObject getItem(ThreadState ts, PyObject index) {
        if (index instanceof PySlice slice) {
            long[] s = slice.indices(ts, items.length);
            if (s[2] == 1 && s[3] == items.length && type() == Types.TUPLE) {
                return ts.newRef(this);
            }
            PyObject[] picked = new PyObject[(int) s[3]];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = items[(int) (s[0] + i * s[2])];
            }
            return PyTuple.of(ts, picked);
        }
        return ts.newRef(items[Ops.index(ts, index, items.length, "tuple")]);
    }

    /** A copy of the item array (borrowed references). */
    public PyObject[] toArray() {
        return items.clone();
    }

    @Override
    public PyType type() {
        return Types.TUPLE;
    }

    @Override
    protected String builtinRepr() {
        if (items.length == 1) {
            return "(" + items[0].repr() + ",)";
        }
        return Strings.joinRepr(this, "(", Arrays.asList(items), ")");
    }

    @Override
    public boolean truthy() {
        return items.length > 0;
    }

    @Override
    protected void release(ThreadState ts) {
        for (PyObject item : items) {
            ts.decref(item);
        }
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject item : items) {
            visit.accept(item);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple t && Ops.equal(Slots.thread(), this, t);
    }

    @Override
    public int hashCode() {
        return Hashing.java(Hashing.ofTuple(this));
    }
}
