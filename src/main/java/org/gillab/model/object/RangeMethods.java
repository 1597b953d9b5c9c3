package org.gillab.model.object;

/**
 * range and slice (Objects/rangeobject.c, sliceobject.c): the constructors, the methods and attributes,
 * and the slots as special methods.
 */
final class RangeMethods {
    private RangeMethods() {}

    private static PyRange r(PyObject self) {
        return (PyRange) self;
    }

    static PyType rangeType() {
        PyType.Builder b = PyType.builder("range").constructor(RangeMethods::newRange);
        SlotWrappers.add(b, "__repr__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__",
                "__bool__", "__len__", "__getitem__", "__contains__");
        return b
                .getter("start", (ts, self) -> PyInt.of(ts, r(self).start))
                .getter("stop", (ts, self) -> PyInt.of(ts, r(self).stop))
                .getter("step", (ts, self) -> PyInt.of(ts, r(self).step))
                .method("index", (self, a) -> {
                    PyObject x = a.oneArg("range.index");
                    PyRange r = r(self);
                    if (Numbers.asInt(x) != null && x.type().isSubtypeOf(Types.INT)) {
                        if (!r.contains(a.thread(), x)) {
                            throw PyErrors.valueError(x.repr() + " is not in range");
                        }
                        return PyInt.of(a.thread(), (Numbers.asInt(x).value - r.start) / r.step);
                    }
                    for (long k = 0; k < r.length(); k++) {
                        PyObject item = PyInt.of(a.thread(), r.get(k));
                        boolean equal = Ops.equal(a.thread(), item, x);
                        a.thread().decref(item);
                        if (equal) {
                            return PyInt.of(a.thread(), k);
                        }
                    }
                    throw PyErrors.valueError("sequence.index(x): x not in sequence");
                })
                .method("count", (self, a) -> {
                    PyObject x = a.oneArg("range.count");
                    return PyInt.of(a.thread(), r(self).contains(a.thread(), x) ? 1 : 0);
                })
                .method("__reversed__", (self, a) -> {
                    a.noArgs("range.__reversed__");
                    PyRange r = r(self);
                    long n = r.length();
                    PyRange backwards = new PyRange(a.thread(), r.get(n - 1), r.get(n - 1) - n * r.step, -r.step);
                    try {
                        return new PyIterator.RangeIterator(a.thread(), backwards);
                    } finally {
                        a.thread().decref(backwards);
                    }
                })
                .method("__reduce__", (self, a) -> {
                    a.noArgs("range.__reduce__");
                    ThreadState ts = a.thread();
                    PyRange r = r(self);
                    PyObject bounds = new PyTuple(ts, new PyObject[] {
                        PyInt.of(ts, r.start), PyInt.of(ts, r.stop), PyInt.of(ts, r.step)});
                    return new PyTuple(ts, new PyObject[] {ts.newRef(Types.RANGE), bounds});
                })
                .build();
    }

    /** range(stop) and range(start, stop[, step]): each an int or __index__. */
    private static PyObject newRange(Args args) {
        args.checkPositional("range", "range", 1, 3);
        long[] v = new long[args.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Convert.toLong(Numbers.index(args.thread(), args.get(i)), "range");
        }
        ThreadState ts = args.thread();
        if (v.length == 3 && v[2] == 0) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
        return switch (v.length) {
            case 1 -> new PyRange(ts, 0, v[0], 1);
            case 2 -> new PyRange(ts, v[0], v[1], 1);
            default -> new PyRange(ts, v[0], v[1], v[2]);
        };
    }

    static PyType sliceType() {
        PyType.Builder b = PyType.builder("slice").constructor(args -> {
            args.checkPositional("slice", "slice", 1, 3);
            ThreadState ts = args.thread();
            return args.size() == 1 ? new PySlice(ts, PyNone.NONE, args.get(0), PyNone.NONE)
                    : new PySlice(ts, args.get(0), args.get(1), args.size() == 3 ? args.get(2) : PyNone.NONE);
        }).notBaseType(); // nor has CPython's slice
        SlotWrappers.add(b, "__repr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
        return b.attribute("__hash__", PyNone.NONE)
                .getter("start", (ts, self) -> ts.newRef(((PySlice) self).start))
                .getter("stop", (ts, self) -> ts.newRef(((PySlice) self).stop))
                .getter("step", (ts, self) -> ts.newRef(((PySlice) self).step))
                .method("indices", (self, a) -> {
                    ThreadState ts = a.thread();
                    long length = Convert.toLong(Numbers.index(ts, a.oneArg("slice.indices")), "indices");
                    if (length < 0) {
                        throw PyErrors.valueError("length should not be negative");
                    }
                    long[] s = ((PySlice) self).indices(ts, length);
                    return new PyTuple(ts, new PyObject[] {PyInt.of(ts, s[0]), PyInt.of(ts, s[1]), PyInt.of(ts, s[2])});
                })
                .method("__reduce__", (self, a) -> {
                    a.noArgs("slice.__reduce__");
                    ThreadState ts = a.thread();
                    return new PyTuple(ts, new PyObject[] {ts.newRef(Types.SLICE), ((PySlice) self).asTuple(ts)});
                })
                .build();
    }
}
