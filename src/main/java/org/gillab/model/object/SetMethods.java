package org.gillab.model.object;

import org.gillab.model.compile.BinaryOperator;

/**
 * set and frozenset (Objects/setobject.c): the constructors, every method with CPython's argument
 * handling and messages, and the slots as special methods. Operations that make a set make one of
 * self's kind (a frozenset's union is a frozenset).
 */
final class SetMethods {
    private SetMethods() {}

    private static final String[] SHARED_SLOTS = {
        "__repr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__sub__", "__rsub__",
        "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__len__", "__contains__"};

    private static PySet set(PyObject self) {
        return (PySet) self;
    }

    static PyType setType() {
        PyType.Builder b = PyType.builder("set").newInstance((cls, args) -> {
            ThreadState ts = args.thread();
            return cls == Types.SET ? new PySet(ts, false) : new PySet.Sub(ts, cls, false);
        }).withoutInstanceDict();
        SlotWrappers.add(b, SHARED_SLOTS);
        SlotWrappers.add(b, "__isub__", "__iand__", "__ixor__", "__ior__");
        SlotWrappers.define(b, "__init__", (self, args) -> {
            args.checkPositional("set", "set", 0, 1);
            PySet set = set(self);
            set.clear(args.thread());
            if (args.size() == 1) {
                set.addAll(args.thread(), args.get(0));
            }
            return PyNone.NONE;
        });
        shared(b, "set");
        return b.attribute("__hash__", PyNone.NONE)
                .method("add", (self, a) -> {
                    set(self).add(a.thread(), a.oneArg("set.add"));
                    return PyNone.NONE;
                })
                .method("remove", (self, a) -> {
                    PyObject item = a.oneArg("set.remove");
                    if (!set(self).discard(a.thread(), item)) {
                        throw PyErrors.keyError(item);
                    }
                    return PyNone.NONE;
                })
                .method("discard", (self, a) -> {
                    set(self).discard(a.thread(), a.oneArg("set.discard"));
                    return PyNone.NONE;
                })
                .method("pop", (self, a) -> {
                    a.noArgs("set.pop");
                    return set(self).pop();
                })
                .method("clear", (self, a) -> {
                    a.noArgs("set.clear");
                    set(self).clear(a.thread());
                    return PyNone.NONE;
                })
                .method("update", (self, a) -> {
                    a.noKeywords("set.update");
                    for (PyObject other : a.positional()) {
                        set(self).addAll(a.thread(), other);
                    }
                    return PyNone.NONE;
                })
                .method("intersection_update", (self, a) -> update(self, a, "set.intersection_update", BinaryOperator.AND))
                .method("difference_update", (self, a) -> update(self, a, "set.difference_update", BinaryOperator.SUBTRACT))
                .method("symmetric_difference_update", (self, a) -> {
                    PySet other = frozenCopy(a.thread(), a.oneArg("set.symmetric_difference_update"));
                    set(self).symmetricUpdate(a.thread(), other);
                    a.thread().decref(other);
                    return PyNone.NONE;
                })
                .build();
    }

    static PyType frozensetType() {
        PyType.Builder b = PyType.builder("frozenset").newInstance((cls, args) -> {
            args.checkPositional("frozenset", "frozenset", 0, 1);
            ThreadState ts = args.thread();
            if (cls == Types.FROZENSET && args.size() == 1 && args.get(0).type() == Types.FROZENSET) {
                return ts.newRef(args.get(0));
            }
            PySet set = cls == Types.FROZENSET ? new PySet(ts, true) : new PySet.Sub(ts, cls, true);
            if (args.size() == 1) {
                try {
                    set.addAll(ts, args.get(0));
                } catch (RuntimeException e) {
                    ts.decref(set);
                    throw e;
                }
            }
            return set;
        }).withoutInstanceDict();
        SlotWrappers.add(b, SHARED_SLOTS);
        SlotWrappers.add(b, "__hash__");
        shared(b, "frozenset");
        return b.build();
    }

    /** The methods set and frozenset share; {@code type} names them in messages. */
    private static void shared(PyType.Builder b, String type) {
        b.method("copy", (self, a) -> {
                    a.noArgs(type + ".copy");
                    if (self.type() == Types.FROZENSET) {
                        return a.thread().newRef(self);
                    }
                    PySet copy = set(self).empty(a.thread());
                    copy.addAll(a.thread(), self);
                    return copy;
                })
                .method("union", (self, a) -> combine(self, a, type + ".union", BinaryOperator.OR))
                .method("intersection", (self, a) -> combine(self, a, type + ".intersection", BinaryOperator.AND))
                .method("difference", (self, a) -> combine(self, a, type + ".difference", BinaryOperator.SUBTRACT))
                .method("symmetric_difference", (self, a) -> {
                    ThreadState ts = a.thread();
                    PySet other = frozenCopy(ts, a.oneArg(type + ".symmetric_difference"));
                    try {
                        return set(self).operator(ts, BinaryOperator.XOR, other);
                    } finally {
                        ts.decref(other);
                    }
                })
                .method("issubset", (self, a) -> {
                    PySet other = frozenCopy(a.thread(), a.oneArg(type + ".issubset"));
                    try {
                        return PyBool.of(set(self).isSubset(a.thread(), other));
                    } finally {
                        a.thread().decref(other);
                    }
                })
                .method("issuperset", (self, a) -> {
                    PySet other = frozenCopy(a.thread(), a.oneArg(type + ".issuperset"));
                    try {
                        return PyBool.of(other.isSubset(a.thread(), set(self)));
                    } finally {
                        a.thread().decref(other);
                    }
                })
                .method("isdisjoint", (self, a) -> {
                    PySet other = frozenCopy(a.thread(), a.oneArg(type + ".isdisjoint"));
                    try {
                        for (PyObject item : other.items()) {
                            if (set(self).contains(a.thread(), item)) {
                                return PyBool.FALSE;
                            }
                        }
                        return PyBool.TRUE;
                    } finally {
                        a.thread().decref(other);
                    }
                })
                .method("__reduce__", (self, a) -> {
                    a.noArgs(type + ".__reduce__");
                    ThreadState ts = a.thread();
                    PyList items = new PyList(ts);
                    set(self).items().forEach(item -> items.append(ts, item));
                    PyDict dict = self.dictOrNull();
                    PyObject state = dict != null && dict.size() > 0 ? ts.newRef(dict) : PyNone.NONE;
                    return new PyTuple(ts, new PyObject[] {ts.newRef(self.type()), new PyTuple(ts, new PyObject[] {items}), state});
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs(type + ".__sizeof__");
                    int table = set(self).tableSize();
                    return PyInt.of(a.thread(), 200 + (table > 8 ? 16L * table : 0));
                })
                .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM);
    }

    /** A new frozenset of an iterable's items. */
    private static PySet frozenCopy(ThreadState ts, PyObject iterable) {
        PySet s = new PySet(ts, true);
        try {
            s.addAll(ts, iterable);
        } catch (RuntimeException e) {
            ts.decref(s);
            throw e;
        }
        return s;
    }

    /** a.union(b, c...): the operator applied in turn to each argument (any iterable); a copy without any. */
    private static PyObject combine(PyObject self, Args a, String qualname, BinaryOperator op) {
        a.noKeywords(qualname);
        ThreadState ts = a.thread();
        PySet result = set(self).empty(ts);
        result.addAll(ts, self);
        for (PyObject other : a.positional()) {
            PySet o;
            try {
                o = frozenCopy(ts, other);
            } catch (RuntimeException e) {
                ts.decref(result);
                throw e;
            }
            PyObject next = result.operator(ts, op, o);
            ts.decref(o);
            ts.decref(result);
            result = (PySet) next;
        }
        return result;
    }

    private static PyObject update(PyObject self, Args a, String qualname, BinaryOperator op) {
        a.noKeywords(qualname);
        ThreadState ts = a.thread();
        for (PyObject other : a.positional()) {
            PySet o = frozenCopy(ts, other);
            if (op == BinaryOperator.AND) {
                set(self).retainAll(ts, o);
            } else {
                set(self).removeAll(ts, o);
            }
            ts.decref(o);
        }
        return PyNone.NONE;
    }
}
