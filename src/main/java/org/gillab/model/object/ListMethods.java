package org.gillab.model.object;

import java.util.List;

/**
 * list and tuple (Objects/listobject.c, tupleobject.c): the constructors, every method with CPython's argument handling and
 * messages, and the slots as special methods. None holds the list's lock while Python code runs (an
 * item's __eq__, a sort key): such code may wait for the GIL while another thread holding the GIL waits
 * for the lock; they work on a {@link PyList#snapshot}.
 */
final class ListMethods {
    private ListMethods() {}

    private static PyList l(PyObject self) {
        return (PyList) self;
    }

    static PyType listType() {
        PyType.Builder b = PyType.builder("list").newInstance((cls, args) -> {
            ThreadState ts = args.thread();
            return cls == Types.LIST ? new PyList(ts) : new PyList.Sub(ts, cls);
        }).withoutInstanceDict();
        SlotWrappers.add(b, "__repr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__len__",
                "__getitem__", "__setitem__", "__delitem__", "__add__", "__mul__", "__rmul__", "__contains__", "__iadd__", "__imul__");
        SlotWrappers.define(b, "__init__", (self, args) -> {
            args.checkPositional("list", "list", 0, 1);
            PyList list = l(self);
            list.clear(args.thread());
            if (args.size() == 1) {
                Ops.extend(args.thread(), list, args.get(0));
            }
            return PyNone.NONE;
        });
        return b.attribute("__hash__", PyNone.NONE)
                .method("append", (self, a) -> {
                    l(self).append(a.thread(), a.oneArg("list.append"));
                    return PyNone.NONE;
                })
                .method("extend", (self, a) -> {
                    Ops.extend(a.thread(), l(self), a.oneArg("list.extend"));
                    return PyNone.NONE;
                })
                .method("insert", (self, a) -> {
                    a.checkPositional("insert", "list.insert", 2, 2);
                    PyList list = l(self);
                    long i = index(a.thread(), a.get(0));
                    synchronized (list) {
                        int size = list.size();
                        i = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
                        list.insert(a.thread(), (int) i, a.get(1));
                    }
                    return PyNone.NONE;
                })
                .method("pop", (self, a) -> {
                    a.checkPositional("pop", "list.pop", 0, 1);
                    PyList list = l(self);
                    long i = a.size() == 0 ? -1 : index(a.thread(), a.get(0));
                    synchronized (list) {
                        if (list.size() == 0) {
                            throw PyErrors.indexError("pop from empty list");
                        }
                        if (i < 0) {
                            i += list.size();
                        }
                        if (i < 0 || i >= list.size()) {
                            throw PyErrors.indexError("pop index out of range");
                        }
                        return list.remove((int) i);
                    }
                })
                .method("remove", (self, a) -> {
                    PyObject x = a.oneArg("list.remove");
                    PyList list = l(self);
                    List<PyObject> items = list.snapshot();
                    for (int i = 0; i < items.size(); i++) {
                        if (Ops.equal(a.thread(), items.get(i), x)) {
                            a.thread().xdecref(list.removeIdentical(items.get(i), i));
                            return PyNone.NONE;
                        }
                    }
                    throw PyErrors.valueError("list.remove(x): x not in list");
                })
                .method("index", (self, a) -> {
                    int i = indexOf(a, "list", l(self).snapshot());
                    if (i < 0) {
                        throw PyErrors.valueError(a.get(0).repr() + " is not in list");
                    }
                    return PyInt.of(a.thread(), i);
                })
                .method("count", (self, a) -> count(a, "list.count", l(self).snapshot()))
                .method("reverse", (self, a) -> {
                    a.noArgs("list.reverse");
                    synchronized (self) {
                        java.util.Collections.reverse(l(self).items());
                    }
                    return PyNone.NONE;
                })
                .method("clear", (self, a) -> {
                    a.noArgs("list.clear");
                    l(self).clear(a.thread());
                    return PyNone.NONE;
                })
                .method("copy", (self, a) -> {
                    a.noArgs("list.copy");
                    PyList copy = new PyList(a.thread());
                    l(self).snapshot().forEach(item -> copy.append(a.thread(), item));
                    return copy;
                })
                .method("sort", (self, a) -> {
                    ListSort.sort(a.thread(), l(self), a);
                    return PyNone.NONE;
                })
                .method("__reversed__", (self, a) -> {
                    a.noArgs("list.__reversed__");
                    return new PyIterator.ListReverseIterator(a.thread(), l(self));
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("list.__sizeof__");
                    return PyInt.of(a.thread(), 40 + 8L * l(self).size());
                })
                .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM)
                .build();
    }

    static PyType tupleType() {
        PyType.Builder b = PyType.builder("tuple").newInstance((cls, args) -> {
            args.checkPositional("tuple", "tuple", 0, 1);
            ThreadState ts = args.thread();
            if (args.size() == 0) {
                return cls == Types.TUPLE ? PyTuple.EMPTY : new PyTuple.Sub(ts, cls, new PyObject[0]);
            }
            if (cls == Types.TUPLE && args.get(0).type() == Types.TUPLE) {
                return ts.newRef(args.get(0));
            }
            PyObject[] items = Ops.toList(ts, args.get(0)).toArray(new PyObject[0]);
            if (cls != Types.TUPLE) {
                return new PyTuple.Sub(ts, cls, items);
            }
            return items.length == 0 ? PyTuple.EMPTY : new PyTuple(ts, items);
        }).withoutInstanceDict().variableSize();
        SlotWrappers.add(b, "__repr__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__",
                "__len__", "__getitem__", "__add__", "__mul__", "__rmul__", "__contains__");
        return b
                .method("index", (self, a) -> {
                    int i = indexOf(a, "tuple", List.of(((PyTuple) self).toArray()));
                    if (i < 0) {
                        throw PyErrors.valueError("tuple.index(x): x not in tuple");
                    }
                    return PyInt.of(a.thread(), i);
                })
                .method("count", (self, a) -> count(a, "tuple.count", List.of(((PyTuple) self).toArray())))
                .method("__getnewargs__", (self, a) -> {
                    a.noArgs("tuple.__getnewargs__");
                    PyObject copy = PyTuple.of(a.thread(), ((PyTuple) self).toArray());
                    return new PyTuple(a.thread(), new PyObject[] {copy});
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("tuple.__sizeof__");
                    return PyInt.of(a.thread(), 24 + 8L * ((PyTuple) self).size());
                })
                .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM)
                .build();
    }

    private static long index(ThreadState ts, PyObject o) {
        return Convert.toLong(Numbers.index(ts, o), "index");
    }

    /** list.index / tuple.index(x[, start[, stop]]): the first index of an item == x in items[start:stop], or -1. */
    private static int indexOf(Args a, String type, List<PyObject> items) {
        a.checkPositional("index", type + ".index", 1, 3);
        int size = items.size();
        int start = a.size() > 1 ? bound(a, 1, size) : 0;
        int stop = a.size() > 2 ? bound(a, 2, size) : size;
        for (int i = start; i < stop && i < items.size(); i++) {
            if (Ops.equal(a.thread(), items.get(i), a.get(0))) {
                return i;
            }
        }
        return -1;
    }

    /** A start/stop argument of index(): negative from the end, clipped to the sequence (_PyEval_SliceIndexNotNone). */
    private static int bound(Args a, int position, int size) {
        PyObject o = a.get(position);
        if (Numbers.asInt(o) == null && o.type().lookup("__index__") == null) {
            throw PyErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Numbers.index(a.thread(), o);
        long v = i.big != null ? (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : i.value;
        if (v < 0) {
            v = Math.max(0, v + size);
        }
        return (int) Math.min(v, size);
    }

    private static PyObject count(Args a, String qualname, List<PyObject> items) {
        PyObject x = a.oneArg(qualname);
        long n = 0;
        for (PyObject item : items) {
            if (Ops.equal(a.thread(), item, x)) {
                n++;
            }
        }
        return PyInt.of(a.thread(), n);
    }
}
