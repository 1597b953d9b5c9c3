package org.gillab.model.object;

import java.util.List;

/**
 * dict and its views (Objects/dictobject.c): the constructor, every method with CPython's argument
 * handling and messages, the slots as special methods, and the types of keys(), values() and items().
 */
final class DictMethods {
    private DictMethods() {}

    private static PyDict d(PyObject self) {
        return (PyDict) self;
    }

    static PyType dictType() {
        PyType.Builder b = PyType.builder("dict").newInstance((cls, args) -> {
            ThreadState ts = args.thread();
            return cls == Types.DICT ? new PyDict(ts) : new PyDict.Sub(ts, cls);
        }).withoutInstanceDict();
        SlotWrappers.add(b, "__repr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__or__",
                "__ror__", "__ior__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__");
        SlotWrappers.define(b, "__init__", (self, args) -> {
            args.checkCount("dict", 0, 1);
            update(args.thread(), d(self), args);
            return PyNone.NONE;
        });
        return b.attribute("__hash__", PyNone.NONE)
                .method("get", (self, a) -> {
                    a.checkPositional("get", "dict.get", 1, 2);
                    PyObject v = d(self).get(a.get(0));
                    return a.thread().newRef(v != null ? v : a.size() == 2 ? a.get(1) : PyNone.NONE);
                })
                .method("setdefault", (self, a) -> {
                    a.checkPositional("setdefault", "dict.setdefault", 1, 2);
                    PyObject value = d(self).setDefault(a.thread(), a.get(0), a.size() == 2 ? a.get(1) : PyNone.NONE);
                    return a.thread().newRef(value);
                })
                .method("pop", (self, a) -> {
                    a.checkPositional("pop", "dict.pop", 1, 2);
                    PyObject v = d(self).remove(a.thread(), a.get(0));
                    if (v != null) {
                        return v;
                    }
                    if (a.size() == 2) {
                        return a.thread().newRef(a.get(1));
                    }
                    throw PyErrors.keyError(a.get(0));
                })
                .method("popitem", (self, a) -> {
                    a.noArgs("dict.popitem");
                    PyObject[] pair = d(self).popLast(a.thread());
                    if (pair == null) {
                        throw PyErrors.keyError(PyStr.constant("popitem(): dictionary is empty"));
                    }
                    return new PyTuple(a.thread(), pair);
                })
                .method("keys", (self, a) -> {
                    a.noArgs("dict.keys");
                    return new DictView(a.thread(), d(self), 0);
                })
                .method("items", (self, a) -> {
                    a.noArgs("dict.items");
                    return new DictView(a.thread(), d(self), 2);
                })
                .method("values", (self, a) -> {
                    a.noArgs("dict.values");
                    return new DictView(a.thread(), d(self), 1);
                })
                .method("update", (self, a) -> {
                    a.checkCount("update", 0, 1);
                    update(a.thread(), d(self), a);
                    return PyNone.NONE;
                })
                .classMethod("fromkeys", DictMethods::fromkeys)
                .method("clear", (self, a) -> {
                    a.noArgs("dict.clear");
                    d(self).clear(a.thread());
                    return PyNone.NONE;
                })
                .method("copy", (self, a) -> {
                    a.noArgs("dict.copy");
                    return d(self).copy(a.thread());
                })
                .method("__reversed__", (self, a) -> {
                    a.noArgs("dict.__reversed__");
                    return new PyIterator.DictIterator(a.thread(), d(self), 0, true);
                })
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("dict.__sizeof__");
                    return PyInt.of(a.thread(), sizeOf(d(self).size()));
                })
                .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM)
                .build();
    }

    /** dict.fromkeys(iterable, value=None): cls() filled through __setitem__ (directly for a plain dict). */
    private static PyObject fromkeys(PyObject cls, Args a) {
        a.checkPositional("fromkeys", "dict.fromkeys", 1, 2);
        ThreadState ts = a.thread();
        PyObject value = a.size() == 2 ? a.get(1) : PyNone.NONE;
        PyObject result = cls == Types.DICT ? new PyDict(ts) : ((PyType) cls).construct(Args.of(ts));
        try {
            for (PyObject key : Ops.toList(ts, a.get(0))) {
                try {
                    Ops.setItem(ts, result, key, value);
                } finally {
                    ts.decref(key);
                }
            }
        } catch (RuntimeException e) {
            ts.decref(result);
            throw e;
        }
        return result;
    }

    /** dict.update(other, **kwargs) and dict(other, **kwargs): the one positional argument, then the keywords. */
    static void update(ThreadState ts, PyDict dict, Args a) {
        if (a.size() == 1) {
            update(ts, dict, a.get(0));
        }
        for (String k : a.keywordNames()) {
            dict.put(ts, k, a.keyword(k));
        }
    }

    /** dict_update_arg: a dict, anything with a keys() method (a mapping), or an iterable of key/value pairs. */
    static void update(ThreadState ts, PyDict dict, PyObject source) {
        if (source instanceof MappingProxy proxy) {
            source = proxy.dict(); // its keys() is its own attribute, not its type's: dict(vars(cls))
        }
        if (source instanceof PyDict other && !Slots.overridden(other, "__iter__") && !Slots.overridden(other, "keys")) {
            other.snapshot().forEach(e -> dict.put(ts, e.getKey(), e.getValue()));
            return;
        }
        if (source.type().lookup("keys") != null) {
            PyObject keys = Slots.callOptional(ts, source, "keys");
            try {
                for (PyObject key : Ops.toList(ts, keys)) {
                    try {
                        PyObject value = Ops.getItem(ts, source, key);
                        dict.put(ts, key, value);
                        ts.decref(value);
                    } finally {
                        ts.decref(key);
                    }
                }
            } finally {
                ts.decref(keys);
            }
            return;
        }
        int n = 0;
        for (PyObject pair : Ops.toList(ts, source)) {
            List<PyObject> kv;
            try {
                if (!Ops.isIterable(pair)) {
                    throw PyErrors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                kv = Ops.toList(ts, pair);
            } finally {
                ts.decref(pair);
            }
            try {
                if (kv.size() != 2) {
                    throw PyErrors.valueError("dictionary update sequence element #" + n + " has length " + kv.size()
                            + "; 2 is required");
                }
                dict.put(ts, kv.get(0), kv.get(1));
            } finally {
                kv.forEach(ts::decref);
            }
            n++;
        }
    }

    /** dict.__sizeof__ as CPython 3.11's compact dict lays out a table for {@code n} items (48 bytes when empty). */
    private static long sizeOf(int n) {
        if (n == 0) {
            return 48;
        }
        long size = 8;
        while (size * 2 / 3 < n) {
            size *= 2;
        }
        long indices = size * (size <= 128 ? 1 : size <= 0x8000 ? 2 : 4);
        return 48 + 32 + indices + (size * 2 / 3) * 24;
    }

    // ---- the views ----

    /** dict_keys, dict_values or dict_items; the keys and items views are set-like. */
    static PyType viewType(String name, boolean setLike) {
        PyType.Builder b = PyType.builder(name);
        SlotWrappers.add(b, "__repr__", "__iter__", "__len__");
        b.method("__reversed__", (self, a) -> {
            a.noArgs(name + ".__reversed__");
            DictView view = (DictView) self;
            return new PyIterator.DictIterator(a.thread(), view.dict, view.kind, true);
        }).getter("mapping", (ts, self) -> MappingProxy.of(ts, ((DictView) self).dict));
        if (setLike) {
            SlotWrappers.add(b, "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__sub__", "__rsub__", "__and__",
                    "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__contains__");
            b.attribute("__hash__", PyNone.NONE).method("isdisjoint", (self, a) -> {
                PyObject other = a.oneArg(name + ".isdisjoint");
                ThreadState ts = a.thread();
                for (PyObject item : Ops.toList(ts, other)) {
                    boolean found;
                    try {
                        found = ((DictView) self).contains(ts, item);
                    } finally {
                        ts.decref(item);
                    }
                    if (found) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
        }
        return b.build();
    }
}
