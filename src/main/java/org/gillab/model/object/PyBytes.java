package org.gillab.model.object;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.gillab.model.compile.StringRepr;

/**
 * bytes (immutable) and bytearray (mutable) (Objects/bytesobject.c, bytearrayobject.c): a byte array,
 * indexed as ints 0..255, printed as b'...'. A bytearray's operations are synchronized, as free-threaded
 * CPython locks it. Their methods are {@link BytesMethods}'.
 */
public class PyBytes extends PyObject implements ViewedMemory {
    final boolean mutable;
    private byte[] value;
    /** Live memoryviews of the bytes (ob_exports): while there are any, a bytearray cannot change size. */
    private int exports;

    public PyBytes(ThreadState ts, byte[] value, boolean mutable) {
        super(ts);
        this.value = value;
        this.mutable = mutable;
    }

    private PyBytes(byte[] value) {
        this.value = value;
        this.mutable = false;
    }

    /** An instance of a class that subclasses bytes or bytearray. */
    static final class Sub extends PyBytes implements GcContainer {
        /** Its class, __dict__ (unless __slots__ leave it none) and slot values. */
        private final InstanceState state;

        Sub(ThreadState ts, PyType type, byte[] value, boolean mutable) {
            super(ts, value, mutable);
            ts.trackContainer(this);
            this.state = new InstanceState(ts, type);
        }

        /** The class's __getattribute__ / __getattr__ / __setattr__ / __delattr__, as for any heap type. */
        @Override
        public PyObject getAttr(ThreadState ts, String name) {
            return AttributeHooks.get(ts, this, state.type, name);
        }

        @Override
        public void setAttr(ThreadState ts, String name, PyObject value) {
            AttributeHooks.set(ts, this, state.type, name, value);
        }

        @Override
        public void delAttr(ThreadState ts, String name) {
            AttributeHooks.delete(ts, this, state.type, name);
        }

        @Override
        public PyType type() {
            return state.type;
        }

        @Override
        public PyDict dictOrNull() {
            return state.dict;
        }

        @Override
        protected PyObject[] slotValues() {
            return state.slotValues;
        }

        @Override
        public boolean truthy() {
            return state.overridesTruth() ? InstanceState.truthy(this) : super.truthy();
        }

        @Override
        public boolean equals(Object o) {
            return state.overridesEq() ? InstanceState.equal(this, o) : super.equals(o);
        }

        @Override
        public int hashCode() {
            return state.overridesHash() ? InstanceState.hash(this) : super.hashCode();
        }

        @Override
        protected void release(ThreadState ts) {
            state.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            state.traverse(visit);
        }
    }

    /** A new bytes or bytearray of {@code cls} (the exact type or a subclass's instance) holding {@code value}. */
    static PyBytes of(ThreadState ts, PyType cls, byte[] value, boolean mutable) {
        return cls == (mutable ? Types.BYTEARRAY : Types.BYTES) ? new PyBytes(ts, value, mutable) : new Sub(ts, cls, value, mutable);
    }

    /** An immortal bytes object (a code constant). */
    public static PyBytes constant(byte[] value) {
        return new PyBytes(value);
    }

    /** Whether it is a bytearray (or a subclass's instance of one) rather than bytes. */
    public boolean isMutable() {
        return mutable;
    }

    @Override
    public boolean readOnly() {
        return !mutable;
    }

    /** The bytes (a copy for a bytearray, which may change). */
    public synchronized byte[] value() {
        return mutable ? value.clone() : value;
    }

    @Override
    public synchronized int length() {
        return value.length;
    }

    @Override
    public synchronized void export() {
        exports++;
    }

    @Override
    public synchronized void unexport() {
        exports--;
    }

    /** Whether a memoryview of the bytes is alive and unreleased (ob_exports &gt; 0). */
    public synchronized boolean exported() {
        return exports > 0;
    }

    @Override
    public synchronized byte[] gather(int start, int step, int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = value[start + i * step];
        }
        return out;
    }

    @Override
    public synchronized void scatter(int start, int step, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            value[start + i * step] = bytes[i];
        }
    }

    /** Swaps in new contents, refusing a change of size while views export the bytes (bytearray's _canresize). */
    private void replace(byte[] bytes) {
        if (exports > 0 && bytes.length != value.length) {
            throw PyErrors.raise(PyErrors.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
        value = bytes;
    }

    /**
     * The bytes of a bytes-like object as PyObject_GetBuffer with PyBUF_SIMPLE gives them: bytes and
     * bytearray (a copy of its bytes) and a contiguous memoryview; a strided view raises BufferError, a
     * released one ValueError; null for any other object.
     */
    public static byte[] buffer(PyObject o) {
        if (o instanceof PyMemoryView m && !m.contiguous()) {
            throw PyErrors.raise(PyErrors.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
        }
        return contents(o);
    }

    /**
     * The bytes of a bytes-like object in any layout, as the callers that copy them take them (bytes(),
     * bytearray(), slice assignment: PyBUF_FULL_RO): a strided memoryview's too; null for other objects.
     */
    static byte[] contents(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        if (o instanceof BufferExporter e) {
            return e.exportBytes();
        }
        return null;
    }

    /**
     * {@link #buffer}, but null where the export fails (a released or strided view): for the callers whose
     * TypeError replaces the export's error (bytes_concat, bytes.join's "expected a bytes-like object").
     */
    static byte[] bufferOrNull(PyObject o) {
        return o instanceof PyMemoryView m && (m.released() || !m.contiguous()) ? null : buffer(o);
    }

    /** Bytes as a string of Latin-1 chars, one per byte: how the text-like methods see them. */
    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static byte[] fromLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a bytes-like argument (bytes, bytearray, memoryview), else a TypeError with {@code message}. */
    static byte[] bytesLike(PyObject o, String message) {
        byte[] bytes = buffer(o);
        if (bytes == null) {
            throw PyErrors.typeError(message);
        }
        return bytes;
    }

    /** A bytes-like argument: {@code a bytes-like object is required, not 'str'}. */
    static byte[] bytesLike(PyObject o) {
        return bytesLike(o, "a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** bytes(x) and bytearray(x): from an int (zeros), a str with an encoding, bytes, __bytes__, or ints. */
    static PyObject construct(PyType cls, Args args) {
        return of(args.thread(), cls, bytesOf(args, "bytes"), false);
    }

    /** bytearray(x)'s contents, which bytearray.__init__ sets (bytearray's tp_new makes it empty). */
    static byte[] arrayContents(Args args) {
        return bytesOf(args, "bytearray");
    }

    private static byte[] bytesOf(Args args, String name) {
        PyObject[] a = args.bind(name, 0, "source", "encoding", "errors");
        ThreadState ts = args.thread();
        PyObject source = a[0];
        if (source == null) {
            if (a[1] != null || a[2] != null) {
                throw PyErrors.typeError(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (a[1] == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value, StrMethods.strArg(a[1], name, "'encoding'"),
                    a[2] == null ? "strict" : StrMethods.strArg(a[2], name, "'errors'"));
        }
        if (a[1] != null || a[2] != null) {
            throw PyErrors.typeError(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (!mutableName(name)) {
            PyObject converted = Slots.callOptional(ts, source, "__bytes__");
            if (converted != null) {
                try {
                    if (!(converted instanceof PyBytes b) || b.mutable) {
                        throw PyErrors.typeError("__bytes__ returned non-bytes (type " + converted.type().name() + ")");
                    }
                    return b.value();
                } finally {
                    ts.decref(converted);
                }
            }
        }
        byte[] buffer = contents(source);
        if (buffer != null) {
            return source instanceof PyMemoryView ? buffer : buffer.clone();
        }
        PyInt n = Numbers.asInt(source);
        if (n != null) {
            long size = Convert.toLong(n, name);
            if (size < 0) {
                throw PyErrors.valueError("negative count");
            }
            return new byte[(int) size];
        }
        if (!Ops.isIterable(source)) {
            throw PyErrors.typeError("cannot convert '" + source.type().name() + "' object to " + name);
        }
        return fromInts(ts, source, mutableName(name) ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
    }

    private static boolean mutableName(String name) {
        return name.equals("bytearray");
    }

    /** The bytes of a bytes-like object or an iterable of ints (int.from_bytes' argument). */
    static byte[] bytesFrom(ThreadState ts, PyObject o) {
        byte[] buffer = contents(o);
        if (buffer != null) {
            return buffer;
        }
        if (!Ops.isIterable(o) || o instanceof PyStr) {
            throw PyErrors.typeError("cannot convert '" + o.type().name() + "' object to bytes");
        }
        return fromInts(ts, o, "bytes must be in range(0, 256)");
    }

    /** The bytes of an iterable of ints (bytearray.extend's argument). */
    static byte[] fromInts(ThreadState ts, PyObject iterable) {
        return fromInts(ts, iterable, "byte must be in range(0, 256)");
    }

    private static byte[] fromInts(ThreadState ts, PyObject iterable, String rangeMessage) {
        List<PyObject> items = Ops.toList(ts, iterable);
        try {
            byte[] out = new byte[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = toByte(items.get(i), rangeMessage);
            }
            return out;
        } finally {
            items.forEach(ts::decref);
        }
    }

    static byte toByte(PyObject o) {
        return toByte(o, "byte must be in range(0, 256)");
    }

    private static byte toByte(PyObject o, String rangeMessage) {
        PyInt i = Numbers.asInt(o);
        if (i == null) {
            i = Numbers.index(ThreadState.current(), o);
        }
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw PyErrors.valueError(rangeMessage);
        }
        return (byte) i.value;
    }

    /** bytes.decode(encoding, errors). */
    public String decode(String encoding, String errors) {
        return Codecs.decode(value(), encoding, errors);
    }

    /** bytes + a bytes-like object (a memoryview too: bytes_concat takes any buffer). */
    PyObject concat(ThreadState ts, byte[] b) {
        byte[] a = value();
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return new PyBytes(ts, out, mutable);
    }

    PyObject repeat(ThreadState ts, int n) {
        return new PyBytes(ts, repeated(value(), n), mutable);
    }

    private static byte[] repeated(byte[] a, int n) {
        byte[] out = new byte[a.length * Math.max(n, 0)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, 0, out, i * a.length, a.length);
        }
        return out;
    }

    /** bytearray *= n. */
    synchronized void repeatInPlace(int n) {
        replace(repeated(value, n));
    }

    int compareTo(PyBytes other) {
        return Arrays.compareUnsigned(value(), other.value());
    }

    /** x in bytes: an int 0..255, or a bytes-like subsequence. */
    boolean contains(PyObject item) {
        byte[] v = value();
        byte[] sub = buffer(item);
        if (sub != null) {
            return StringLib.find(latin1(v), latin1(sub), 0, v.length) >= 0;
        }
        if (Numbers.asInt(item) == null && item.type().lookup("__index__") == null) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + item.type().name() + "'");
        }
        byte b = toByte(item);
        for (byte x : v) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    PyObject getItem(ThreadState ts, PyObject index) {
        byte[] v = value();
        if (index instanceof PySlice slice) {
            long[] s = slice.indices(ts, v.length);
            byte[] out = new byte[(int) s[3]];
            for (int i = 0; i < out.length; i++) {
                out[i] = v[(int) (s[0] + i * s[2])];
            }
            return new PyBytes(ts, out, mutable);
        }
        if (!mutable && Numbers.asInt(index) == null && index.type().lookup("__index__") == null) {
            throw PyErrors.typeError("byte indices must be integers or slices, not " + index.type().name());
        }
        try {
            return PyInt.of(ts, v[Ops.index(ts, index, v.length, "bytearray")] & 0xFF);
        } catch (org.gillab.model.PythonException e) {
            if (mutable || !e.exception().type().isSubtypeOf(PyErrors.INDEX_ERROR)) {
                throw e;
            }
            ts.decref(e.exception());
            throw PyErrors.indexError("index out of range");
        }
    }

    /** bytearray[i] = x and bytearray[i:j:k] = bytes-like or iterable of ints. */
    void setItem(ThreadState ts, PyObject index, PyObject item) {
        if (index instanceof PySlice slice) {
            byte[] buffer = contents(item);
            if (buffer == null && (Numbers.asInt(item) != null || !Ops.isIterable(item) || item instanceof PyStr)) {
                throw PyErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            byte[] replacement = buffer != null ? buffer : fromInts(ts, item, "byte must be in range(0, 256)");
            synchronized (this) {
                long[] s = slice.indices(ts, value.length);
                if (s[2] == 1) {
                    int start = (int) s[0];
                    int stop = (int) Math.max(s[0], s[1]);
                    byte[] out = new byte[value.length - (stop - start) + replacement.length];
                    System.arraycopy(value, 0, out, 0, start);
                    System.arraycopy(replacement, 0, out, start, replacement.length);
                    System.arraycopy(value, stop, out, start + replacement.length, value.length - stop);
                    replace(out);
                    return;
                }
                if (replacement.length != s[3]) {
                    throw PyErrors.valueError("attempt to assign bytes of size " + replacement.length
                            + " to extended slice of size " + s[3]);
                }
                for (int i = 0; i < s[3]; i++) {
                    value[(int) (s[0] + i * s[2])] = replacement[i];
                }
            }
            return;
        }
        byte b = toByte(item);
        synchronized (this) {
            value[Ops.index(ts, index, value.length, "bytearray")] = b;
        }
    }

    /** del bytearray[i] and del bytearray[i:j:k]. */
    void delItem(ThreadState ts, PyObject index) {
        synchronized (this) {
            boolean[] drop = new boolean[value.length];
            if (index instanceof PySlice slice) {
                long[] s = slice.indices(ts, value.length);
                for (long i = 0, k = s[0]; i < s[3]; i++, k += s[2]) {
                    drop[(int) k] = true;
                }
            } else {
                drop[Ops.index(ts, index, value.length, "bytearray")] = true;
            }
            byte[] out = new byte[value.length];
            int n = 0;
            for (int i = 0; i < value.length; i++) {
                if (!drop[i]) {
                    out[n++] = value[i];
                }
            }
            replace(Arrays.copyOf(out, n));
        }
    }

    /** Replaces a bytearray's contents (the mutating methods compute the new bytes, then swap them in). */
    synchronized void set(byte[] bytes) {
        replace(bytes);
    }

    /** bytearray.append / extend. */
    synchronized void append(byte[] more) {
        byte[] out = Arrays.copyOf(value, value.length + more.length);
        System.arraycopy(more, 0, out, value.length, more.length);
        replace(out);
    }

    /** The bytes' hash: SipHash-1-3, as str's of the same Latin-1 text. */
    long hash() {
        if (mutable) {
            throw PyErrors.typeError("unhashable type: 'bytearray'");
        }
        return Hashing.ofBytes(value);
    }

    @Override
    public PyType type() {
        return mutable ? Types.BYTEARRAY : Types.BYTES;
    }

    @Override
    protected String builtinRepr() {
        String body = StringRepr.ofBytes(value());
        return mutable ? type().name() + "(" + body + ")" : body;
    }

    @Override
    public boolean truthy() {
        return length() > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(value(), b.value());
    }

    @Override
    public int hashCode() {
        return Hashing.java(hash());
    }
}
