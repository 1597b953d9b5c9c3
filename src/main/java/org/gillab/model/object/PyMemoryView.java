package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * memoryview (Objects/memoryobject.c), one-dimensional over the bytes of a bytes or bytearray (or other
 * {@link ViewedMemory}, an mmap's): a window
 * (start, step, length) onto the exporter's memory, read and written through, never copied: start and step
 * in bytes, length in items. The item formats are the byte formats 'B' (unsigned), 'b' (signed) and 'c' (a
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
    /** The format as given to cast ("B", "@b", "i"), the item kind it names ('B', 'b', 'i'...) and its size. */
    final String format;
    final char kind;
    final int itemsize;
    final boolean readonly;
    /** The hash once computed (memory_hash caches it, and a released view still answers with it). */
    private long hash = -1;

    private PyMemoryView(ThreadState ts, PyObject obj, int start, int step, int length, String format, boolean readonly) {
        super(ts);
        ((ViewedMemory) obj).export();
        this.obj = ts.newRef(obj);
        this.start = start;
        this.step = step;
        this.length = length;
        this.format = format;
        this.kind = format.charAt(format.length() - 1);
        this.itemsize = NativeItems.size(kind);
        this.readonly = readonly;
    }

    /** memoryview(object): a view of all of a bytes or bytearray, or the same window as another view. */
    public static PyMemoryView of(ThreadState ts, PyObject source) {
        if (source instanceof ViewedMemory memory) {
            return new PyMemoryView(ts, source, 0, 1, memory.length(), "B", memory.readOnly());
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

    /** A view of the same exporter (a slice, a cast, toreadonly), registered as an export of its own. */
    PyMemoryView derived(ThreadState ts, int start, int step, int length, String format, boolean readonly) {
        return new PyMemoryView(ts, exporter(), start, step, length, format, readonly);
    }

    /** The same window with another format or writability (cast, toreadonly). */
    PyMemoryView recast(ThreadState ts, String format, boolean readonly) {
        int size = NativeItems.size(format.charAt(format.length() - 1));
        if (size == itemsize) {
            return derived(ts, start, step, length, format, readonly);
        }
        // a contiguous view's bytes as items of another size (memory_cast checked the lengths)
        return derived(ts, start, size, nbytes() / size, format, readonly);
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
        return length() * itemsize;
    }

    int step() {
        exporter();
        return step;
    }

    /** Whether the items are adjacent (PyBuffer_IsContiguous: a stride matters only with two items or more). */
    boolean contiguous() {
        return length() <= 1 || step == itemsize;
    }

    /** tobytes(): the viewed bytes, in order, as a new array. */
    public byte[] toBytes() {
        if (itemsize == 1 || step == itemsize) {
            return memory().gather(start, itemsize == 1 ? step : 1, length * itemsize);
        }
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) {
            System.arraycopy(itemBytes(i), 0, out, i * itemsize, itemsize);
        }
        return out;
    }

    private byte[] itemBytes(int i) {
        return memory().gather(start + i * step, 1, itemsize);
    }

    public boolean isReadOnly() {
        return readonly;
    }

    /**
     * Writes {@code bytes} from byte {@code offset} of the viewed bytes on, for a writable view with room for
     * them (pack_into's target; a view of wider items is contiguous there, as PyBUF_WRITABLE asks).
     */
    public void write(int offset, byte[] bytes) {
        if (itemsize == 1) {
            memory().scatter(start + offset * step, step, bytes);
        } else {
            memory().scatter(start + offset, 1, bytes);
        }
    }

    // ---- items (unpack_single / pack_single) ----

    PyObject item(ThreadState ts, int i) {
        return NativeItems.unpack(ts, kind, itemBytes(i), 0);
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

    /** view[i] (an item), view[i:j:k] (a view of the same memory); Ellipsis indexes only 0-dim views. */
    PyObject getItem(ThreadState ts, PyObject key) {
        int n = length();
        if (key instanceof PySlice slice) {
            long[] s = slice.indices(ts, n);
            return derived(ts, (int) (start + s[0] * step), (int) (step * s[2]), (int) s[3], format, readonly);
        }
        if (key instanceof PyTuple tuple) {
            return item(ts, index(ts, tupleIndex(tuple), n));
        }
        return item(ts, index(ts, key, n));
    }

    /**
     * The one index of a tuple key (is_multiindex with one item per dimension); sub-views and
     * multi-dimensional slices are CPython's NotImplementedError too.
     */
    private static PyObject tupleIndex(PyTuple key) {
        boolean indexes = true;
        boolean slices = true;
        for (int i = 0; i < key.size(); i++) {
            indexes &= Numbers.asInt(key.get(i)) != null || key.get(i).type().lookup("__index__") != null;
            slices &= key.get(i) instanceof PySlice;
        }
        if (indexes && key.size() == 0) {
            throw PyErrors.notImplementedError("sub-views are not implemented");
        }
        if (indexes && key.size() > 1) {
            throw PyErrors.typeError("cannot index 1-dimension view with " + key.size() + "-element tuple");
        }
        if (slices && key.size() > 0) {
            throw PyErrors.notImplementedError("multi-dimensional slicing is not implemented");
        }
        return indexes ? key.get(0) : key;
    }

    /** view[i] = item and view[i:j:k] = a bytes-like object of the same format and length. */
    void setItem(ThreadState ts, PyObject key, PyObject value) {
        int n = length();
        if (readonly) {
            throw PyErrors.typeError("cannot modify read-only memory");
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
                    memory().scatter(first + k * stride, 1, java.util.Arrays.copyOfRange(source, k * itemsize, (k + 1) * itemsize));
                }
            }
            return;
        }
        int i = index(ts, key, n);
        memory().scatter(start + i * step, 1, pack(ts, value));
    }

    /** An item index: an int or __index__, negative from the end (memory_subscript's ssize_t key). */
    private static int index(ThreadState ts, PyObject key, int n) {
        if (Numbers.asInt(key) == null && key.type().lookup("__index__") == null) {
            throw PyErrors.typeError("memoryview: invalid slice key");
        }
        PyInt i = Numbers.index(ts, key);
        if (i.big != null) {
            throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long k = i.value < 0 ? i.value + n : i.value;
        if (k < 0 || k >= n) {
            throw PyErrors.indexError("index out of bounds on dimension 1");
        }
        return (int) k;
    }

    PyList toList(ThreadState ts) {
        int n = length();
        PyList list = new PyList(ts);
        for (int i = 0; i < n; i++) {
            list.appendOwned(item(ts, i));
        }
        return list;
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
