package org.gillab.model.object;

import org.gillab.model.compile.CompareOperator;

/**
 * memoryview's constructor, methods and attributes (Objects/memoryobject.c), with CPython's argument
 * handling and messages, and its slots as special methods. Every one but release() and the context
 * manager's __exit__ raises on a released view, as CHECK_RELEASED does.
 */
final class MemoryViewMethods {
    private MemoryViewMethods() {}

    /** The byte formats, which any format casts to and from. */
    private static final String BYTE_FORMATS = "Bbc";

    private static PyMemoryView m(PyObject self) {
        return (PyMemoryView) self;
    }

    static PyType memoryviewType() {
        PyType.Builder b = PyType.builder("memoryview").constructor(a -> {
            PyObject[] p = a.bind("memoryview", 1, "object");
            return PyMemoryView.of(a.thread(), p[0]);
        }).notBaseType(); // CPython's memoryview has no Py_TPFLAGS_BASETYPE
        SlotWrappers.add(b, "__repr__", "__hash__");
        SlotWrappers.define(b, "__len__", (self, a) -> PyInt.of(a.thread(), m(self).length()));
        SlotWrappers.define(b, "__iter__", (self, a) -> {
            m(self).checkIterable();
            return new PyMemoryView.Iterator(a.thread(), m(self));
        });
        SlotWrappers.define(b, "__getitem__", (self, a) -> m(self).getItem(a.thread(), a.get(0)));
        SlotWrappers.define(b, "__setitem__", (self, a) -> {
            m(self).setItem(a.thread(), a.get(0), a.get(1));
            return PyNone.NONE;
        });
        SlotWrappers.define(b, "__delitem__", (self, a) -> {
            m(self).length();
            throw PyErrors.typeError(m(self).readonly ? "cannot modify read-only memory" : "cannot delete memory");
        });
        for (int i = 0; i < SlotWrappers.COMPARISONS.length; i++) {
            CompareOperator op = CompareOperator.of(i);
            SlotWrappers.define(b, SlotWrappers.COMPARISONS[i], (self, a) -> compare(op, m(self), a.get(0)));
        }
        return b
                .getter("obj", (ts, self) -> ts.newRef(m(self).exporter()))
                .getter("nbytes", (ts, self) -> PyInt.of(ts, m(self).nbytes()))
                .getter("readonly", (ts, self) -> PyBool.of(checked(self).readonly))
                .getter("itemsize", (ts, self) -> PyInt.of(ts, checked(self).itemsize))
                .getter("format", (ts, self) -> new PyStr(ts, checked(self).format))
                .getter("ndim", (ts, self) -> PyInt.of(ts, checked(self).ndim()))
                .getter("shape", (ts, self) -> ints(ts, m(self).shape()))
                .getter("strides", (ts, self) -> ints(ts, m(self).strides()))
                .getter("suboffsets", (ts, self) -> new PyTuple(ts, new PyObject[0]))
                .getter("c_contiguous", (ts, self) -> PyBool.of(m(self).contiguous()))
                .getter("f_contiguous", (ts, self) -> PyBool.of(m(self).fortranContiguous()))
                .getter("contiguous", (ts, self) -> PyBool.of(m(self).contiguous()))
                .method("tobytes", (self, a) -> {
                    PyObject[] p = a.bind("tobytes", 0, "order");
                    checkOrder(p[0]);
                    return new PyBytes(a.thread(), m(self).toBytes(), false);
                })
                .method("tolist", (self, a) -> {
                    a.noArgs("memoryview.tolist");
                    return m(self).toList(a.thread());
                })
                .method("hex", (self, a) -> BytesMethods.hex(m(self).toBytes(), a))
                .method("cast", MemoryViewMethods::cast)
                .method("toreadonly", (self, a) -> {
                    a.noArgs("memoryview.toreadonly");
                    return m(self).readOnly(a.thread());
                })
                .method("release", (self, a) -> {
                    a.noArgs("memoryview.release");
                    m(self).releaseView(a.thread());
                    return PyNone.NONE;
                })
                .method("__enter__", (self, a) -> {
                    a.noArgs("memoryview.__enter__");
                    checked(self);
                    return a.thread().newRef(self);
                })
                .method("__exit__", (self, a) -> {
                    m(self).releaseView(a.thread());
                    return PyNone.NONE;
                })
                .build();
    }

    /** The view, checked not to be released. */
    private static PyMemoryView checked(PyObject self) {
        m(self).exporter();
        return m(self);
    }

    /** shape and strides: a tuple of ints. */
    private static PyTuple ints(ThreadState ts, int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(ts, values[i]);
        }
        return new PyTuple(ts, items);
    }

    /** memory_richcompare: == and != between bytes-like objects; NotImplemented otherwise and for ordering. */
    private static PyObject compare(CompareOperator op, PyMemoryView self, PyObject other) {
        Boolean equal = op == CompareOperator.EQ || op == CompareOperator.NE ? self.sameItems(other) : null;
        return equal == null ? Ops.NI : PyBool.of(equal == (op == CompareOperator.EQ));
    }

    /** tobytes' order: None, 'C', 'F' or 'A' (all one for one-dimensional memory). */
    private static void checkOrder(PyObject order) {
        if (order == null || order == PyNone.NONE) {
            return;
        }
        if (!(order instanceof PyStr s)) {
            throw PyErrors.typeError("tobytes() argument 'order' must be str or None, not " + order.type().name());
        }
        if (!s.value.equals("C") && !s.value.equals("F") && !s.value.equals("A")) {
            throw PyErrors.valueError("order must be 'C', 'F' or 'A'");
        }
    }

    /**
     * memoryview.cast(format[, shape]): a view of the same contiguous bytes in another format (memory_cast):
     * from or to a byte format, the bytes a whole number of the new items; one-dimensional, or of a shape
     * when the view is (1D -> ND), checked in CPython's order.
     */
    private static PyObject cast(PyObject self, Args a) {
        PyObject[] p = a.bind("cast", 1, "format", "shape");
        PyMemoryView v = m(self);
        if (!(p[0] instanceof PyStr f)) {
            throw PyErrors.badArgument("cast() argument 'format'", "str", p[0]);
        }
        if (!v.contiguous()) {
            throw PyErrors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((p[1] != null || v.ndim() != 1) && v.nbytes() == 0) {
            throw PyErrors.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        if (p[1] != null && !(p[1] instanceof PyList) && !(p[1] instanceof PyTuple)) {
            throw PyErrors.typeError("shape must be a list or a tuple");
        }
        PyObject[] extents = p[1] == null ? null
                : p[1] instanceof PyTuple t ? t.toArray() : ((PyList) p[1]).snapshot().toArray(new PyObject[0]);
        if (extents != null && extents.length > 64) {
            throw PyErrors.valueError("memoryview: number of dimensions must not exceed 64");
        }
        if (extents != null && v.ndim() != 1 && extents.length != 1) {
            throw PyErrors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        // 3.11's memoryview knows no half floats ('e' came in 3.12): the format error below
        String format = f.value.startsWith("@") ? f.value.substring(1) : f.value;
        if (format.length() != 1 || BYTE_FORMATS.indexOf(format.charAt(0)) < 0 && NativeItems.WIDER.indexOf(format.charAt(0)) < 0) {
            throw PyErrors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        boolean toBytes = BYTE_FORMATS.indexOf(format.charAt(0)) >= 0;
        if (!toBytes && BYTE_FORMATS.indexOf(v.kind) < 0) {
            throw PyErrors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        if (v.nbytes() % NativeItems.size(format.charAt(0)) != 0) {
            throw PyErrors.typeError("memoryview: length is not a multiple of itemsize");
        }
        return v.recast(a.thread(), f.value, extents == null ? null : shape(extents, v.nbytes(), NativeItems.size(format.charAt(0))));
    }

    /** cast_to_ND's shape: positive ints whose product, in items of {@code itemsize}, is all the bytes. */
    private static int[] shape(PyObject[] extents, int nbytes, int itemsize) {
        if (extents.length == 0) {
            throw PyErrors.notImplementedError("memoryview: the model has no zero-dimensional views");
        }
        int[] shape = new int[extents.length];
        long items = 1;
        for (int k = 0; k < extents.length; k++) {
            if (!(extents[k] instanceof PyInt extent)) {
                throw PyErrors.typeError("memoryview.cast(): elements of shape must be integers");
            }
            if (extent.big != null ? extent.big.signum() <= 0 : extent.value <= 0) {
                throw PyErrors.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (extent.big != null) {
                throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            if (extent.value > Long.MAX_VALUE / items) {
                throw PyErrors.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            items *= extent.value;
            shape[k] = (int) extent.value; // each extent is at most nbytes once the product matches
        }
        if (items * itemsize != nbytes) {
            throw PyErrors.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        return shape;
    }
}
