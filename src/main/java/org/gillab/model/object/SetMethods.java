package org.gillab.model.object;

import org.gillab.model.compile.BinaryOperator;

/** The methods of set and frozenset (Objects/setobject.c). */
final class SetMethods {
    private SetMethods() {}

    private static PySet set(PyObject self) {
        return (PySet) self;
    }

    static PyType.Builder add(PyType.Builder b, boolean frozen) {
        b.method("copy", (self, a) -> {
                    PySet copy = set(self).empty(a.thread());
                    copy.addAll(a.thread(), self);
                    return copy;
                })
                .method("union", (self, a) -> combine(self, a, BinaryOperator.OR))
                .method("intersection", (self, a) -> combine(self, a, BinaryOperator.AND))
                .method("difference", (self, a) -> combine(self, a, BinaryOperator.SUBTRACT))
                .method("symmetric_difference", (self, a) -> combine(self, a, BinaryOperator.XOR))
                .method("issubset", (self, a) -> {
                    PySet other = frozenCopy(a.thread(), a.get(0));
                    try {
                        return PyBool.of(set(self).isSubset(a.thread(), other));
                    } finally {
                        a.thread().decref(other);
                    }
                })
                .method("issuperset", (self, a) -> {
                    PySet other = frozenCopy(a.thread(), a.get(0));
                    try {
                        return PyBool.of(other.isSubset(a.thread(), set(self)));
                    } finally {
                        a.thread().decref(other);
                    }
                })
                .method("isdisjoint", (self, a) -> {
                    for (PyObject item : set(self).items()) {
                        if (Ops.contains(a.thread(), a.get(0), item)) {
                            return PyBool.FALSE;
                        }
                    }
                    return PyBool.TRUE;
                })
                .method("__contains__", (self, a) -> PyBool.of(set(self).contains(a.thread(), a.get(0))))
                .method("__len__", (self, a) -> PyInt.of(a.thread(), set(self).size()));
        if (frozen) {
            return b;
        }
        return b.method("add", (self, a) -> {
                    a.expectPositional("add", 1, 1);
                    set(self).add(a.thread(), a.get(0));
                    return PyNone.NONE;
                })
                .method("remove", (self, a) -> {
                    a.expectPositional("remove", 1, 1);
                    if (!set(self).discard(a.thread(), a.get(0))) {
                        throw PyErrors.keyError(a.get(0));
                    }
                    return PyNone.NONE;
                })
                .method("discard", (self, a) -> {
                    a.expectPositional("discard", 1, 1);
                    set(self).discard(a.thread(), a.get(0));
                    return PyNone.NONE;
                })
                .method("pop", (self, a) -> set(self).pop())
                .method("clear", (self, a) -> {
                    set(self).clear(a.thread());
                    return PyNone.NONE;
                })
                .method("update", (self, a) -> {
                    for (PyObject other : a.positional()) {
                        set(self).addAll(a.thread(), other);
                    }
                    return PyNone.NONE;
                })
                .method("intersection_update", (self, a) -> inPlace(self, a, BinaryOperator.AND))
                .method("difference_update", (self, a) -> inPlace(self, a, BinaryOperator.SUBTRACT))
                .method("symmetric_difference_update", (self, a) -> inPlace(self, a, BinaryOperator.XOR));
    }

    /** A new frozenset of an iterable's items. */
    private static PySet frozenCopy(ThreadState ts, PyObject iterable) {
        PySet s = new PySet(ts, true);
        s.addAll(ts, iterable);
        return s;
    }

    /** a.union(b, c...): the operator applied in turn to each argument (any iterable). */
    private static PyObject combine(PyObject self, Args a, BinaryOperator op) {
        ThreadState ts = a.thread();
        PySet result = set(self).empty(ts);
        result.addAll(ts, self);
        for (PyObject other : a.positional()) {
            PySet o = frozenCopy(ts, other);
            PyObject next = result.operator(ts, op, o);
            ts.decref(o);
            ts.decref(result);
            result = (PySet) next;
        }
        return result;
    }

    private static PyObject inPlace(PyObject self, Args a, BinaryOperator op) {
        ThreadState ts = a.thread();
        for (PyObject other : a.positional()) {
            PySet o = frozenCopy(ts, other);
            switch (op) {
                case AND -> set(self).retainAll(ts, o);
                case SUBTRACT -> set(self).removeAll(ts, o);
                default -> set(self).symmetricUpdate(ts, o);
            }
            ts.decref(o);
        }
        return PyNone.NONE;
    }
}
