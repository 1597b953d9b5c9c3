package org.gillab.model.object;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * dict.keys(), values() and items() (Objects/dictobject.c dictview): live views of a dict that iterate,
 * measure and test membership against it; keys and items views also compare like sets.
 */
final class DictView extends PyObject {
    static final PyType KEYS = DictMethods.viewType("dict_keys", true);
    static final PyType VALUES = DictMethods.viewType("dict_values", false);
    static final PyType ITEMS = DictMethods.viewType("dict_items", true);

    final PyDict dict;
    /** 0 keys, 1 values, 2 items. */
    final int kind;

    DictView(ThreadState ts, PyDict dict, int kind) {
        super(ts);
        this.dict = ts.newRef(dict);
        this.kind = kind;
    }

    PyObject iterator(ThreadState ts) {
        return new PyIterator.DictIterator(ts, dict, kind);
    }

    /** The view's items as new references... borrowed keys or values; items as new tuples (caller drops them). */
    List<PyObject> items(ThreadState ts) {
        return Ops.toList(ts, this);
    }

    boolean contains(ThreadState ts, PyObject item) {
        if (kind == 0) {
            return dict.get(item) != null;
        }
        if (kind == 2) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            PyObject v = dict.get(t.get(0));
            return v != null && Ops.equal(ts, v, t.get(1));
        }
        for (Map.Entry<PyObject, PyObject> e : dict.snapshot()) {
            if (Ops.equal(ts, e.getValue(), item)) {
                return true;
            }
        }
        return false;
    }

    /** A set of the view's items, for the set operators of keys and items views. */
    PySet toSet(ThreadState ts) {
        return setOf(ts, this);
    }

    private static PySet setOf(ThreadState ts, PyObject iterable) {
        PySet set = new PySet(ts, false);
        try {
            set.addAll(ts, iterable);
        } catch (RuntimeException e) {
            ts.decref(set);
            throw e;
        }
        return set;
    }

    /** A keys or items view: these compare and combine like sets. */
    static boolean isSetLike(PyObject o) {
        return o instanceof DictView v && v.kind != 1;
    }

    static boolean isSetOperator(org.gillab.model.compile.BinaryOperator op) {
        return switch (op) {
            case OR, AND, SUBTRACT, XOR -> true;
            default -> false;
        };
    }

    /** view | other, view &amp; other...: set(left) combined with set(right), either side any iterable (dictviews_or). */
    static PyObject setOperation(ThreadState ts, org.gillab.model.compile.BinaryOperator op, PyObject a, PyObject b) {
        PySet left = setOf(ts, a);
        try {
            PySet right = setOf(ts, b);
            try {
                return left.operator(ts, op, right);
            } finally {
                ts.decref(right);
            }
        } finally {
            ts.decref(left);
        }
    }

    /** A keys or items view compared with a set or another such view, as sets compare. */
    static PyObject compare(ThreadState ts, org.gillab.model.compile.CompareOperator op, PyObject a, PyObject b) {
        PySet left = setOf(ts, a);
        try {
            PySet right = setOf(ts, b);
            try {
                return left.compare(ts, op, right);
            } finally {
                ts.decref(right);
            }
        } finally {
            ts.decref(left);
        }
    }

    @Override
    public PyType type() {
        return kind == 0 ? KEYS : kind == 1 ? VALUES : ITEMS;
    }

    @Override
    protected String builtinRepr() {
        ThreadState ts = Slots.thread();
        List<PyObject> items = items(ts);
        try {
            return type().name() + "(" + Strings.joinRepr(this, "[", items, "]") + ")";
        } finally {
            items.forEach(ts::decref);
        }
    }

    @Override
    public boolean truthy() {
        return dict.size() > 0;
    }

    @Override
    public boolean equals(Object o) {
        ThreadState ts = Slots.thread();
        if (kind == 1 || !(o instanceof DictView v) || v.kind == 1) {
            return this == o;
        }
        PySet a = toSet(ts);
        PySet b = v.toSet(ts);
        try {
            return a.equals(b);
        } finally {
            ts.decref(a);
            ts.decref(b);
        }
    }

    @Override
    public int hashCode() {
        throw PyErrors.typeError("unhashable type: '" + type().name() + "'");
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(dict);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(dict);
    }
}
