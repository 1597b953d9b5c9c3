package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.CompareOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySingleton;
import org.gillab.model.object.PySlice;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The array module (Modules/arraymodule.c): array.array, typed arrays of numbers or characters
 * ({@link PyArray}, {@link ArrayTypecode}), with the list-like methods, the conversions to and from
 * bytes, lists and str, and CPython's messages. What it leaves out: fromfile/tofile and pickling by
 * machine format (an array pickles and copies as array(typecode, list)).
 */
final class ArrayModule {
    private ArrayModule() {}

    static PyModule create() {
        return new PyModule("array", true)
                .add("array", ARRAY)
                .add("ArrayType", ARRAY)
                .add("typecodes", PyStr.constant(ArrayTypecode.ALL));
    }

    private static PyArray array(PyObject self) {
        return (PyArray) self;
    }

    static final PyType ARRAY = PyType.builder("array.array")
            .newInstance(ArrayModule::construct)
            .attribute("__hash__", PyNone.NONE)
            .getter("typecode", (ts, self) -> PyStr.of(ts, array(self).code.code()))
            .getter("itemsize", (ts, self) -> PyInt.of(ts, array(self).code.itemsize))
            .method("__len__", (self, a) -> PyInt.of(a.thread(), array(self).length()))
            .method("__iter__", (self, a) -> new ArrayIterator(a.thread(), array(self)))
            .method("__contains__", (self, a) -> PyBool.of(find(a.thread(), array(self), a.oneArg("__contains__"), 0,
                    Integer.MAX_VALUE) >= 0))
            .method("__getitem__", (self, a) -> getItem(a.thread(), array(self), a.oneArg("__getitem__")))
            .method("__setitem__", (self, a) -> {
                a.checkPositional("__setitem__", "__setitem__", 2, 2);
                setItem(a.thread(), array(self), a.get(0), a.get(1));
                return PyNone.NONE;
            })
            .method("__delitem__", (self, a) -> {
                delItem(a.thread(), array(self), a.oneArg("__delitem__"));
                return PyNone.NONE;
            })
            .method("__add__", (self, a) -> concat(a.thread(), array(self), a.oneArg("__add__")))
            .method("__iadd__", (self, a) -> {
                PyObject other = a.oneArg("__iadd__");
                if (!(other instanceof PyArray)) {
                    throw PyErrors.typeError("can only extend array with array (not \"" + other.type().name() + "\")");
                }
                extend(a.thread(), array(self), other);
                return a.thread().newRef(self);
            })
            .method("__mul__", (self, a) -> repeat(a.thread(), array(self), a.oneArg("__mul__")))
            .method("__rmul__", (self, a) -> repeat(a.thread(), array(self), a.oneArg("__rmul__")))
            .method("__imul__", (self, a) -> {
                PyArray arr = array(self);
                long[] items = arr.all();
                arr.splice(0, items.length, repeated(items, count(a.thread(), a.oneArg("__imul__"))));
                return a.thread().newRef(self);
            })
            .method("__eq__", (self, a) -> compare(a.thread(), array(self), a.oneArg("__eq__"), CompareOperator.EQ))
            .method("__ne__", (self, a) -> compare(a.thread(), array(self), a.oneArg("__ne__"), CompareOperator.NE))
            .method("__lt__", (self, a) -> compare(a.thread(), array(self), a.oneArg("__lt__"), CompareOperator.LT))
            .method("__le__", (self, a) -> compare(a.thread(), array(self), a.oneArg("__le__"), CompareOperator.LE))
            .method("__gt__", (self, a) -> compare(a.thread(), array(self), a.oneArg("__gt__"), CompareOperator.GT))
            .method("__ge__", (self, a) -> compare(a.thread(), array(self), a.oneArg("__ge__"), CompareOperator.GE))
            .method("__copy__", (self, a) -> copy(a.thread(), array(self)))
            .method("__deepcopy__", (self, a) -> {
                a.oneArg("__deepcopy__");
                return copy(a.thread(), array(self));
            })
            .method("__reduce_ex__", (self, a) -> reduce(a.thread(), array(self)))
            .method("append", (self, a) -> {
                PyArray arr = array(self);
                long bits = arr.code.bits(a.thread(), a.oneArg("append"));
                arr.splice(arr.length(), arr.length(), new long[] {bits});
                return PyNone.NONE;
            })
            .method("extend", (self, a) -> {
                extend(a.thread(), array(self), a.oneArg("extend"));
                return PyNone.NONE;
            })
            .method("insert", (self, a) -> {
                a.checkPositional("insert", "insert", 2, 2);
                PyArray arr = array(self);
                long bits = arr.code.bits(a.thread(), a.get(1));
                int length = arr.length();
                long at = asIndex(a.thread(), a.get(0));
                at = at < 0 ? Math.max(0, at + length) : Math.min(at, length);
                arr.splice((int) at, (int) at, new long[] {bits});
                return PyNone.NONE;
            })
            .method("pop", (self, a) -> {
                a.checkPositional("pop", "pop", 0, 1);
                PyArray arr = array(self);
                int length = arr.length();
                if (length == 0) {
                    throw PyErrors.indexError("pop from empty array");
                }
                long at = a.size() == 0 ? -1 : asIndex(a.thread(), a.get(0));
                if (at < 0) {
                    at += length;
                }
                if (at < 0 || at >= length) {
                    throw PyErrors.indexError("pop index out of range");
                }
                PyObject item = arr.code.box(a.thread(), arr.get((int) at));
                arr.splice((int) at, (int) at + 1, new long[0]);
                return item;
            })
            .method("remove", (self, a) -> {
                PyArray arr = array(self);
                int at = find(a.thread(), arr, a.oneArg("remove"), 0, Integer.MAX_VALUE);
                if (at < 0) {
                    throw PyErrors.valueError("array.remove(x): x not in array");
                }
                arr.splice(at, at + 1, new long[0]);
                return PyNone.NONE;
            })
            .method("index", (self, a) -> {
                a.checkPositional("index", "index", 1, 3);
                PyArray arr = array(self);
                int length = arr.length();
                int start = a.size() > 1 ? clip(a.thread(), a.get(1), length) : 0;
                int stop = a.size() > 2 ? clip(a.thread(), a.get(2), length) : length;
                int at = find(a.thread(), arr, a.get(0), start, stop);
                if (at < 0) {
                    throw PyErrors.valueError("array.index(x): x not in array");
                }
                return PyInt.of(a.thread(), at);
            })
            .method("count", (self, a) -> {
                PyObject value = a.oneArg("count");
                PyArray arr = array(self);
                int found = 0;
                for (int k = 0; k < arr.length(); k++) {
                    found += itemEquals(a.thread(), arr, k, value) ? 1 : 0;
                }
                return PyInt.of(a.thread(), found);
            })
            .method("reverse", (self, a) -> {
                a.noArgs("reverse");
                PyArray arr = array(self);
                long[] items = arr.all();
                long[] reversed = new long[items.length];
                for (int k = 0; k < items.length; k++) {
                    reversed[k] = items[items.length - 1 - k];
                }
                arr.splice(0, items.length, reversed);
                return PyNone.NONE;
            })
            .method("byteswap", (self, a) -> {
                a.noArgs("byteswap");
                array(self).byteswap();
                return PyNone.NONE;
            })
            .method("buffer_info", (self, a) -> {
                a.noArgs("buffer_info");
                // The model's arrays live on the Java heap: the address is the array's identity hash.
                return new PyTuple(a.thread(), new PyObject[] {PyInt.of(a.thread(), System.identityHashCode(self)),
                    PyInt.of(a.thread(), array(self).length())});
            })
            .method("tobytes", (self, a) -> {
                a.noArgs("tobytes");
                return new PyBytes(a.thread(), array(self).exportBytes(), false);
            })
            .method("frombytes", (self, a) -> {
                fromBytes(array(self), Buffers.bytesLike(a.oneArg("frombytes")));
                return PyNone.NONE;
            })
            .method("tolist", (self, a) -> {
                a.noArgs("tolist");
                return toList(a.thread(), array(self));
            })
            .method("fromlist", (self, a) -> {
                PyObject list = a.oneArg("fromlist");
                if (!(list instanceof PyList items)) {
                    throw PyErrors.typeError("arg must be list");
                }
                PyArray arr = array(self);
                long[] bits = convert(a.thread(), arr.code, items.snapshot());
                arr.splice(arr.length(), arr.length(), bits);
                return PyNone.NONE;
            })
            .method("tounicode", (self, a) -> {
                a.noArgs("tounicode");
                PyArray arr = array(self);
                if (arr.code != ArrayTypecode.u) {
                    throw PyErrors.valueError("tounicode() may only be called on unicode type arrays");
                }
                StringBuilder text = new StringBuilder();
                for (long c : arr.all()) {
                    text.appendCodePoint((int) c);
                }
                return new PyStr(a.thread(), text.toString());
            })
            .method("fromunicode", (self, a) -> {
                PyObject text = a.oneArg("fromunicode");
                if (!(text instanceof PyStr s)) {
                    throw PyErrors.badArgument("fromunicode() argument", "str", text);
                }
                PyArray arr = array(self);
                if (arr.code != ArrayTypecode.u) {
                    throw PyErrors.valueError("fromunicode() may only be called on unicode type arrays");
                }
                arr.splice(arr.length(), arr.length(), s.value.codePoints().asLongStream().toArray());
                return PyNone.NONE;
            })
            .build();

    static {
        ARRAY.setCollectionFlag(PyType.SEQUENCE); // a sequence to match statements, as CPython's array is
    }

    private static final PyType ITERATOR = PyType.builder("array.arrayiterator")
            .method("__iter__", (self, a) -> a.thread().newRef(self))
            .method("__next__", (self, a) -> {
                PyObject next = ((PyIterator) self).next(a.thread());
                if (next == null) {
                    throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
                }
                return next;
            })
            .build();

    /** Iteration reads the array's length anew at each step, as arrayiter_next does. */
    static final class ArrayIterator extends PyIterator {
        private PyArray array;
        private int index;

        ArrayIterator(ThreadState ts, PyArray array) {
            super(ts);
            this.array = ts.newRef(array);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (array == null) {
                return null;
            }
            if (index < array.length()) {
                return array.code.box(ts, array.get(index++));
            }
            PyArray done = array;
            array = null;
            ts.decref(done);
            return null;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        @Override
        protected void release(ThreadState ts) {
            ts.xdecref(array);
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> visit) {
            if (array != null) {
                visit.accept(array);
            }
        }
    }

    /** array(typecode[, initializer]): array_new. */
    private static PyObject construct(PyType cls, Args args) {
        if (cls == ARRAY) {
            args.noKeywords("array.array");
        }
        if (args.size() < 1 || args.size() > 2) {
            throw PyErrors.typeError("array() takes at " + (args.size() < 1 ? "least" : "most") + " "
                    + (args.size() < 1 ? "1 argument" : "2 arguments") + " (" + args.size() + " given)");
        }
        PyObject first = args.get(0);
        if (!(first instanceof PyStr s) || s.value.codePointCount(0, s.value.length()) != 1) {
            throw PyErrors.badArgument("array() argument 1", "a unicode character", first);
        }
        ArrayTypecode code = ArrayTypecode.of(s.value.codePointAt(0));
        ThreadState ts = args.thread();
        PyArray made = new PyArray(ts, cls, code);
        if (args.size() == 2) {
            try {
                initialize(ts, made, args.get(1));
            } catch (RuntimeException e) {
                ts.decref(made);
                throw e;
            }
        }
        return made;
    }

    private static void initialize(ThreadState ts, PyArray made, PyObject init) {
        if (init instanceof PyStr s) {
            if (made.code != ArrayTypecode.u) {
                throw PyErrors.typeError("cannot use a str to initialize an array with typecode '" + made.code.code() + "'");
            }
            made.splice(0, 0, s.value.codePoints().asLongStream().toArray());
        } else if (init instanceof PyArray other && (other.code == ArrayTypecode.u) != (made.code == ArrayTypecode.u)) {
            throw PyErrors.typeError("cannot use a unicode array to initialize an array with typecode '" + made.code.code() + "'");
        } else if (init instanceof PyBytes) {
            fromBytes(made, Buffers.bytesLike(init));
        } else {
            extend(ts, made, init);
        }
    }

    private static void fromBytes(PyArray arr, byte[] bytes) {
        if (bytes.length % arr.code.itemsize != 0) {
            throw PyErrors.valueError("bytes length not a multiple of item size");
        }
        arr.appendBytes(bytes);
    }

    /** The items of a Python sequence as bits, all converted before any is stored. */
    private static long[] convert(ThreadState ts, ArrayTypecode code, List<PyObject> items) {
        long[] bits = new long[items.size()];
        for (int k = 0; k < bits.length; k++) {
            bits[k] = code.bits(ts, items.get(k));
        }
        return bits;
    }

    /** extend(iterable): an array of the same typecode, else the iterable's items one at a time. */
    private static void extend(ThreadState ts, PyArray arr, PyObject iterable) {
        if (iterable instanceof PyArray other) {
            if (other.code != arr.code) {
                throw PyErrors.typeError("can only extend with array of same kind");
            }
            arr.appendBytes(other.exportBytes());
            return;
        }
        PyObject it = Ops.iter(ts, iterable);
        try {
            for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
                try {
                    long bits = arr.code.bits(ts, item);
                    arr.splice(arr.length(), arr.length(), new long[] {bits});
                } finally {
                    ts.decref(item);
                }
            }
        } finally {
            ts.decref(it);
        }
    }

    private static long asIndex(ThreadState ts, PyObject index) {
        PyInt i = Numbers.index(ts, index);
        try {
            return i.isBig() ? (i.toBig().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : i.value;
        } finally {
            Numbers.releaseIndex(ts, i, index);
        }
    }

    /** A start or stop of index(): negative from the end, clipped to [0, length]. */
    private static int clip(ThreadState ts, PyObject bound, int length) {
        long v = asIndex(ts, bound);
        return (int) (v < 0 ? Math.max(0, v + length) : Math.min(v, length));
    }

    private static int itemIndex(ThreadState ts, PyArray arr, PyObject key, String message) {
        if (Numbers.asInt(key) == null && key.type().lookup("__index__") == null) {
            throw PyErrors.typeError("array indices must be integers");
        }
        long at = asIndex(ts, key);
        int length = arr.length();
        if (at < 0) {
            at += length;
        }
        if (at < 0 || at >= length) {
            throw PyErrors.indexError(message);
        }
        return (int) at;
    }

    private static boolean itemEquals(ThreadState ts, PyArray arr, int index, PyObject value) {
        PyObject item = arr.code.box(ts, arr.get(index));
        try {
            return Ops.equal(ts, item, value);
        } finally {
            ts.decref(item);
        }
    }

    private static int find(ThreadState ts, PyArray arr, PyObject value, int start, int stop) {
        for (int k = start; k < Math.min(stop, arr.length()); k++) {
            if (itemEquals(ts, arr, k, value)) {
                return k;
            }
        }
        return -1;
    }

    private static PyObject getItem(ThreadState ts, PyArray arr, PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(ts, arr.length());
            PyArray out = new PyArray(ts, ARRAY, arr.code);
            out.splice(0, 0, arr.bits((int) r[0], (int) r[2], (int) r[3]));
            return out;
        }
        return arr.code.box(ts, arr.get(itemIndex(ts, arr, key, "array index out of range")));
    }

    private static void setItem(ThreadState ts, PyArray arr, PyObject key, PyObject value) {
        if (!(key instanceof PySlice slice)) {
            int at = itemIndex(ts, arr, key, "array assignment index out of range");
            arr.set(at, arr.code.bits(ts, value));
            return;
        }
        if (!(value instanceof PyArray other)) {
            throw PyErrors.typeError("can only assign array (not \"" + value.type().name() + "\") to array slice");
        }
        if (other.code != arr.code) {
            throw PyErrors.typeError("bad argument type for built-in operation");
        }
        long[] items = other.all();
        long[] r = slice.indices(ts, arr.length());
        int start = (int) r[0];
        int step = (int) r[2];
        int count = (int) r[3];
        if (step == 1) {
            arr.splice(start, start + count, items);
            return;
        }
        if (items.length != count) {
            throw PyErrors.valueError("attempt to assign array of size " + items.length + " to extended slice of size " + count);
        }
        for (int k = 0; k < count; k++) {
            arr.set(start + k * step, items[k]);
        }
    }

    private static void delItem(ThreadState ts, PyArray arr, PyObject key) {
        if (!(key instanceof PySlice slice)) {
            int at = itemIndex(ts, arr, key, "array assignment index out of range");
            arr.splice(at, at + 1, new long[0]);
            return;
        }
        long[] r = slice.indices(ts, arr.length());
        int start = (int) r[0];
        int step = (int) r[2];
        int count = (int) r[3];
        if (step == 1) {
            arr.splice(start, start + count, new long[0]);
            return;
        }
        List<Long> kept = new ArrayList<>();
        long[] items = arr.all();
        java.util.Set<Integer> gone = new java.util.HashSet<>();
        for (int k = 0; k < count; k++) {
            gone.add(start + k * step);
        }
        for (int k = 0; k < items.length; k++) {
            if (!gone.contains(k)) {
                kept.add(items[k]);
            }
        }
        arr.splice(0, items.length, kept.stream().mapToLong(Long::longValue).toArray());
    }

    private static PyObject concat(ThreadState ts, PyArray arr, PyObject other) {
        if (!(other instanceof PyArray b)) {
            throw PyErrors.typeError("can only append array (not \"" + other.type().name() + "\") to array");
        }
        if (b.code != arr.code) {
            throw PyErrors.typeError("bad argument type for built-in operation");
        }
        PyArray out = new PyArray(ts, ARRAY, arr.code);
        out.appendBytes(arr.exportBytes());
        out.appendBytes(b.exportBytes());
        return out;
    }

    private static int count(ThreadState ts, PyObject n) {
        if (Numbers.asInt(n) == null && n.type().lookup("__index__") == null) {
            throw PyErrors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        long times = asIndex(ts, n);
        return (int) Math.max(0, Math.min(times, Integer.MAX_VALUE));
    }

    private static long[] repeated(long[] items, int times) {
        if ((long) items.length * times > Integer.MAX_VALUE / 8) {
            throw PyErrors.raiseEmpty(PyErrors.MEMORY_ERROR);
        }
        long[] out = new long[items.length * times];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, out, k * items.length, items.length);
        }
        return out;
    }

    private static PyObject repeat(ThreadState ts, PyArray arr, PyObject n) {
        long[] items = repeated(arr.all(), count(ts, n));
        PyArray out = new PyArray(ts, ARRAY, arr.code);
        out.splice(0, 0, items);
        return out;
    }

    /** array_richcompare: by items as a list compares, whatever the typecodes; NotImplemented for others. */
    private static PyObject compare(ThreadState ts, PyArray a, PyObject other, CompareOperator op) {
        if (!(other instanceof PyArray b)) {
            return ts.newRef(PySingleton.NOT_IMPLEMENTED);
        }
        PyObject left = toList(ts, a);
        PyObject right = toList(ts, b);
        try {
            return Ops.richCompare(ts, op, left, right);
        } finally {
            ts.decref(left);
            ts.decref(right);
        }
    }

    private static PyList toList(ThreadState ts, PyArray arr) {
        List<PyObject> items = new ArrayList<>();
        for (long bits : arr.all()) {
            items.add(arr.code.box(ts, bits));
        }
        return new PyList(ts, items);
    }

    /** copy.copy and copy.deepcopy: a plain array of the same typecode and items (a subclass's too, as array_slice makes it). */
    private static PyObject copy(ThreadState ts, PyArray arr) {
        PyArray out = new PyArray(ts, ARRAY, arr.code);
        out.appendBytes(arr.exportBytes());
        return out;
    }

    /** (type(a), (typecode, list), __dict__ or None): array_reduce_ex's form for protocols below 3. */
    private static PyObject reduce(ThreadState ts, PyArray arr) {
        PyObject dict = arr.dictOrNull() == null || arr.dictOrNull().size() == 0 ? PyNone.NONE : arr.dictOrNull();
        PyTuple args = new PyTuple(ts, new PyObject[] {PyStr.of(ts, arr.code.code()), toList(ts, arr)});
        try {
            return PyTuple.of(ts, arr.type(), args, dict);
        } finally {
            ts.decref(args);
        }
    }

    /** array('i', [1, 2]), array('u', 'text'), or array('d') when empty; a subclass's name for a subclass. */
    static String repr(ThreadState ts, PyArray arr) {
        String name = arr.type() == ARRAY ? "array" : arr.type().name();
        char code = arr.code.code();
        if (arr.length() == 0) {
            return name + "('" + code + "')";
        }
        PyObject items;
        if (arr.code == ArrayTypecode.u) {
            StringBuilder text = new StringBuilder();
            for (long c : arr.all()) {
                text.appendCodePoint((int) c);
            }
            items = new PyStr(ts, text.toString());
        } else {
            items = toList(ts, arr);
        }
        try {
            return name + "('" + code + "', " + items.repr() + ")";
        } finally {
            ts.decref(items);
        }
    }
}
