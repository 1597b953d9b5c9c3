package org.gillab.model.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * memoryview (Objects/memoryobject.c) over the bytes of a bytes or bytearray (or other
 * {@link ViewedMemory}, an mmap's): a window
 * (start, step, length) onto the exporter's memory, read and written through, never copied: start and step
 * in bytes, length in items of the first dimension. A view cast to a shape has more dimensions, which lie
 * in C order within each step ({@link #inner}): only the first dimension is ever sliced, as CPython
 * slices only that one, so the others stay contiguous. The item formats are the byte formats 'B' (unsigned), 'b' (signed) and 'c' (a
 * bytes of length 1), and, cast from bytes, the native struct formats of {@link NativeItems}. While a view
 * is unreleased it holds a reference to its exporter and counts as one of its exports, so a bytearray
 * cannot change size under it (CPython's managed buffer pins the array the same way). Its methods are
 * {@link MemoryViewMethods}'.
 */
public final class PyMemoryView extends PyObject {
    private static final String RELEASED = "operation forbidden on released memoryview object";

    /** The exporter, a {@link ViewedMemory}, or null once the view is released. */
    private PyObject obj;
    private final int start;
    private final int step;
    private final int length;
    /** The shape after the first dimension (empty for a one-dimensional view), and how many items that is. */
    private final int[] inner;
    private final int rowItems;
    /** The format as given to cast ("B", "@b", "i"), the item kind it names ('B', 'b', 'i'...) and its size. */
    final String format;
    final char kind;
    final int itemsize;
    final boolean readonly;
    /** The hash once computed (memory_hash caches it, and a released view still answers with it). */
    private long hash = -1;

    private PyMemoryView(ThreadState ts, PyObject obj, int start, int step, int length, int[] inner, String format,
            boolean readonly) {
        super(ts);
        ((ViewedMemory) obj).export();
        this.obj = ts.newRef(obj);
        this.start = start;
        this.step = step;
        this.length = length;
        this.inner = inner;
        int items = 1;
        for (int extent : inner) {
            items *= extent;
        }
        this.rowItems = items;
        this.format = format;
        this.kind = format.charAt(format.length() - 1);
        this.itemsize = NativeItems.size(kind);
        this.readonly = readonly;
    }

    /** memoryview(object): a view of all of a bytes or bytearray, or the same window as another view. */
    public static PyMemoryView of(ThreadState ts, PyObject source) {
        if (source instanceof ViewedMemory memory) {
            return new PyMemoryView(ts, source, 0, 1, memory.length(), NO_DIMENSIONS, "B", memory.readOnly());
        }
        if (source instanceof PyMemoryView m) {
            return m.derived(ts, m.start, m.step, m.length, m.format, m.readonly);
        }
        if (source instanceof BufferExporter e) {
            // A read-only view of a copy of the exporter's bytes: the model's views are over bytes only.
            PyBytes copy = new PyBytes(ts, e.exportBytes(), false);
            PyMemoryView view = of(ts, copy);
            ts.decref(copy);
            return view;
        }
        throw PyErrors.typeError("memoryview: a bytes-like object is required, not '" + source.type().name() + "'");
    }

    private static final int[] NO_DIMENSIONS = {};

    /** A view of the same exporter and dimensions (a slice, toreadonly), registered as an export of its own. */
    PyMemoryView derived(ThreadState ts, int start, int step, int length, String format, boolean readonly) {
        return new PyMemoryView(ts, exporter(), start, step, length, inner, format, readonly);
    }

    /** toreadonly(): the same view, read-only. */
    PyMemoryView readOnly(ThreadState ts) {
        return derived(ts, start, step, length, format, true);
    }

    /**
     * A contiguous view's bytes as items of {@code format} (cast: memory_cast checked the sizes), one-dimensional
     * or of {@code shape}, whose product of extents matches the bytes.
     */
    PyMemoryView recast(ThreadState ts, String format, int[] shape) {
        int size = NativeItems.size(format.charAt(format.length() - 1));
        if (shape == null) {
            return new PyMemoryView(ts, exporter(), start, size, nbytes() / size, NO_DIMENSIONS, format, readonly);
        }
        int[] rest = Arrays.copyOfRange(shape, 1, shape.length);
        int row = nbytes() / shape[0];
        return new PyMemoryView(ts, exporter(), start, row, shape[0], rest, format, readonly);
    }

    /** The exporter (the view's obj), or the ValueError of a released view (CHECK_RELEASED). */
    synchronized PyObject exporter() {
        if (obj == null) {
            throw PyErrors.valueError(RELEASED);
        }
        return obj;
    }

    private ViewedMemory memory() {
        return (ViewedMemory) exporter();
    }

    boolean released() {
        return obj == null;
    }

    /** The number of items (len), checked. */
    public int length() {
        exporter();
        return length;
    }

    /** nbytes: the items' bytes, checked. */
    public int nbytes() {
        return length() * rowItems * itemsize;
    }

    /** ndim. */
    int ndim() {
        return 1 + inner.length;
    }

    /** shape: the first dimension's length, then the inner extents. */
    int[] shape() {
        int[] shape = new int[ndim()];
        shape[0] = length();
        System.arraycopy(inner, 0, shape, 1, inner.length);
        return shape;
    }

    /** strides: the step, then the inner dimensions' (C order: each the bytes of the extents after it). */
    int[] strides() {
        int[] strides = new int[ndim()];
        strides[0] = step();
        int stride = itemsize;
        for (int k = inner.length; k >= 1; k--) {
            strides[k] = stride;
            stride *= inner[k - 1];
        }
        return strides;
    }

    int step() {
        exporter();
        return step;
    }

    /** The bytes of one step's items: an item's in one dimension, a row's in more. */
    private int rowBytes() {
        return rowItems * itemsize;
    }

    /** Whether the items are adjacent in C order (PyBuffer_IsContiguous: a stride matters only with two items or more). */
    boolean contiguous() {
        return length() <= 1 || step == rowBytes();
    }

    /** Whether they are in Fortran order too: C-contiguous with at most one dimension longer than 1. */
    boolean fortranContiguous() {
        long longer = Arrays.stream(shape()).filter(extent -> extent > 1).count();
        return contiguous() && (inner.length == 0 || longer <= 1 || nbytes() == 0);
    }

    /** tobytes(): the viewed bytes, in order, as a new array. */
    public byte[] toBytes() {
        int row = rowBytes();
        if (row == 1 || step == row) {
            return memory().gather(start, row == 1 ? step : 1, length * row);
        }
        byte[] out = new byte[length * row];
        for (int i = 0; i < length; i++) {
            System.arraycopy(memory().gather(start + i * step, 1, row), 0, out, i * row, row);
        }
        return out;
    }

    public boolean isReadOnly() {
        return readonly;
    }

    /**
     * Writes {@code bytes} from byte {@code offset} of the viewed bytes on, for a writable view with room for
     * them (pack_into's target; a view of wider items is contiguous there, as PyBUF_WRITABLE asks).
     */
    public void write(int offset, byte[] bytes) {
        if (rowBytes() == 1) {
            memory().scatter(start + offset * step, step, bytes);
        } else {
            memory().scatter(start + offset, 1, bytes);
        }
    }

    // ---- items (unpack_single / pack_single) ----

    /** The item at byte {@code at} of the exporter's memory. */
    private PyObject itemAt(ThreadState ts, int at) {
        return NativeItems.unpack(ts, kind, memory().gather(at, 1, itemsize), 0);
    }

    /** The i-th item of a one-dimensional view. */
    PyObject item(ThreadState ts, int i) {
        return itemAt(ts, start + i * step);
    }

    /** The bytes an item value packs to in this view's format, with memoryview's TypeError and ValueError. */
    private byte[] pack(ThreadState ts, PyObject value) {
        return NativeItems.pack(ts, kind, format, value);
    }

    /** The items as Java values, for == between views of any format (Integer, Long, BigInteger, Double,
     * Boolean, or a one-char String for 'c'). */
    private static List<Object> values(byte[] bytes, char kind) {
        List<Object> out = new ArrayList<>();
        int size = NativeItems.size(kind);
        for (int at = 0; at + size <= bytes.length; at += size) {
            out.add(NativeItems.value(kind, bytes, at));
        }
        return out;
    }

    // ---- the mapping protocol (memory_subscript / memory_ass_sub) ----

    /**
     * view[i] (an item), view[i:j:k] (a view of the same memory, sliced in its first dimension), view[i, j...]
     * (an item, one index per dimension); Ellipsis indexes only 0-dim views.
     */
    PyObject getItem(ThreadState ts, PyObject key) {
        int n = length();
        if (key instanceof PySlice slice) {
            long[] s = slice.indices(ts, n);
            return derived(ts, (int) (start + s[0] * step), (int) (step * s[2]), (int) s[3], format, readonly);
        }
        if (key instanceof PyTuple tuple && isMultiIndex(tuple)) {
            return itemAt(ts, offset(ts, tuple));
        }
        if (key instanceof PyTuple tuple && isMultiSlice(tuple)) {
            throw PyErrors.notImplementedError("multi-dimensional slicing is not implemented");
        }
        if (isIndex(key) && inner.length > 0) {
            throw PyErrors.notImplementedError("multi-dimensional sub-views are not implemented");
        }
        return item(ts, index(ts, key, n, 1));
    }

    private static boolean isIndex(PyObject key) {
        return Numbers.asInt(key) != null || key.type().lookup("__index__") != null;
    }

    /** is_multiindex: a tuple of indexes only. */
    private static boolean isMultiIndex(PyTuple key) {
        for (int i = 0; i < key.size(); i++) {
            if (!isIndex(key.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** is_multislice: a tuple of slices only, at least one. */
    private static boolean isMultiSlice(PyTuple key) {
        for (int i = 0; i < key.size(); i++) {
            if (!(key.get(i) instanceof PySlice)) {
                return false;
            }
        }
        return key.size() > 0;
    }

    /**
     * The byte of the exporter's memory an index per dimension points at (ptr_from_tuple); fewer indexes
     * than dimensions would be a sub-view, which CPython does not implement either.
     */
    private int offset(ThreadState ts, PyTuple key) {
        int[] shape = shape();
        if (key.size() < shape.length) {
            throw PyErrors.notImplementedError("sub-views are not implemented");
        }
        if (key.size() > shape.length) {
            throw PyErrors.typeError("cannot index " + shape.length + "-dimension view with " + key.size() + "-element tuple");
        }
        int[] strides = strides();
        int at = start;
        for (int k = 0; k < shape.length; k++) {
            at += index(ts, key.get(k), shape[k], k + 1) * strides[k];
        }
        return at;
    }

    /** view[i] = item, view[i, j...] = item and view[i:j:k] = a bytes-like object of the same format and length. */
    void setItem(ThreadState ts, PyObject key, PyObject value) {
        int n = length();
        if (readonly) {
            throw PyErrors.typeError("cannot modify read-only memory");
        }
        if (isIndex(key) && inner.length > 0) {
            throw PyErrors.notImplementedError("sub-views are not implemented");
        }
        if (key instanceof PyTuple tuple && isMultiIndex(tuple)) {
            memory().scatter(offset(ts, tuple), 1, pack(ts, value));
            return;
        }
        if (inner.length > 0 && (key instanceof PySlice || key instanceof PyTuple tuple && isMultiSlice(tuple))) {
            throw PyErrors.notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
        }
        if (key instanceof PySlice slice) {
            long[] s = slice.indices(ts, n);
            byte[] source = PyBytes.contents(value);
            if (source == null) {
                throw PyErrors.typeError("a bytes-like object is required, not '" + value.type().name() + "'");
            }
            char sourceKind = value instanceof PyMemoryView m ? m.kind : 'B';
            if (sourceKind != kind || source.length != s[3] * itemsize) {
                throw PyErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            int first = (int) (start + s[0] * step);
            int stride = (int) (step * s[2]);
            if (itemsize == 1) {
                memory().scatter(first, stride, source);
            } else {
                for (int k = 0; k < s[3]; k++) {
                    memory().scatter(first + k * stride, 1, Arrays.copyOfRange(source, k * itemsize, (k + 1) * itemsize));
                }
            }
            return;
        }
        int i = index(ts, key, n, 1);
        memory().scatter(start + i * step, 1, pack(ts, value));
    }

    /**
     * An item index in a dimension ({@code dimension} counted from 1) of {@code n} items: an int or __index__,
     * negative from the end (memory_subscript's ssize_t key).
     */
    private static int index(ThreadState ts, PyObject key, int n, int dimension) {
        if (!isIndex(key)) {
            throw PyErrors.typeError("memoryview: invalid slice key");
        }
        PyInt i = Numbers.index(ts, key);
        if (i.big != null) {
            throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long k = i.value < 0 ? i.value + n : i.value;
        if (k < 0 || k >= n) {
            throw PyErrors.indexError("index out of bounds on dimension " + dimension);
        }
        return (int) k;
    }

    /** tolist(): the items, in lists nested as deep as the dimensions. */
    PyList toList(ThreadState ts) {
        int[] shape = shape();
        return nested(ts, shape, strides(), 0, start);
    }

    private PyList nested(ThreadState ts, int[] shape, int[] strides, int dimension, int at) {
        PyList list = new PyList(ts);
        for (int i = 0; i < shape[dimension]; i++) {
            int item = at + i * strides[dimension];
            list.appendOwned(dimension == shape.length - 1 ? itemAt(ts, item) : nested(ts, shape, strides, dimension + 1, item));
        }
        return list;
    }

    /** iter(view): CPython iterates over one-dimensional views only. */
    void checkIterable() {
        length();
        if (inner.length > 0) {
            throw PyErrors.notImplementedError("multi-dimensional sub-views are not implemented");
        }
    }

    // ---- comparison and hashing (memory_richcompare, memory_hash) ----

    /**
     * view == other for a bytes-like other, item by item as each format unpacks them; null (NotImplemented)
     * for other objects. A released view equals only itself.
     */
    Boolean sameItems(PyObject other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof PyMemoryView) && !(other instanceof PyBytes)) {
            return null;
        }
        if (released() || other instanceof PyMemoryView m && m.released()) {
            return false;
        }
        int[] theirShape = other instanceof PyMemoryView m ? m.shape() : new int[] {((PyBytes) other).value().length};
        if (!Arrays.equals(shape(), theirShape)) {
            return false; // equiv_shape
        }
        List<Object> theirs = other instanceof PyMemoryView m ? values(m.toBytes(), m.kind)
                : values(((PyBytes) other).value(), 'B');
        return values(toBytes(), kind).equals(theirs);
    }

    /** hash(view): the hash of its bytes, for read-only views only; cached. */
    synchronized long hash() {
        if (hash == -1) {
            exporter();
            if (!readonly) {
                throw PyErrors.valueError("cannot hash writable memoryview object");
            }
            if (itemsize != 1) {
                throw PyErrors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            hash = Hashing.ofBytes(toBytes());
        }
        return hash;
    }

    // ---- release ----

    /** memoryview.release(): gives the exporter back (it may resize again once no view holds it). */
    void releaseView(ThreadState ts) {
        PyObject exporter;
        synchronized (this) {
            exporter = obj;
            obj = null;
        }
        if (exporter != null) {
            ((ViewedMemory) exporter).unexport();
            ts.decref(exporter);
        }
    }

    @Override
    protected void release(ThreadState ts) {
        releaseView(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        PyObject exporter = obj;
        if (exporter != null) {
            visit.accept(exporter);
        }
    }

    @Override
    public PyType type() {
        return Types.MEMORYVIEW;
    }

    @Override
    protected String builtinRepr() {
        return (released() ? "<released memory at " : "<memory at ") + address() + ">";
    }

    @Override
    public boolean truthy() {
        return length() > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject other && Boolean.TRUE.equals(sameItems(other));
    }

    @Override
    public int hashCode() {
        return Hashing.java(hash());
    }

    /** memory_iterator: the items of a view it keeps alive, by index. */
    static final class Iterator extends PyIterator.Over {
        private int index;

        Iterator(ThreadState ts, PyMemoryView view) {
            super(ts, view);
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyMemoryView view = (PyMemoryView) source;
            return index < view.length() ? view.item(ts, index++) : null;
        }

        @Override
        public PyType type() {
            return Types.MEMORY_ITERATOR;
        }
    }
}
