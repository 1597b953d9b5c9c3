package org.gillab.model.lib;

import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.util.Arrays;
import java.util.List;
import org.gillab.model.object.Args;
import org.gillab.model.object.Errno;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySlice;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The mmap module (Modules/mmapmodule.c, written for the model from the module's documentation and
 * python3's behaviour, not copied): mmap.mmap with its Unix signature, over the files the model opened
 * (their descriptors, from fileno() or os.open) or anonymous memory ({@link PyMmap}), with CPython's
 * messages. Flushing a file's map releases the GIL while the bytes go to the disk.
 */
final class MmapModule {
    private MmapModule() {}

    static final int PAGESIZE = 4096;
    private static final int MAP_SHARED = 1;
    private static final int MAP_PRIVATE = 2;
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final String[] PARAMETERS = {"fileno", "length", "flags", "prot", "access", "offset"};

    static PyModule create() {
        PyModule module = new PyModule("mmap", true)
                .add("mmap", MMAP)
                .add("error", PyErrors.OS_ERROR)
                .add("PAGESIZE", PyInt.constant(PAGESIZE))
                .add("ALLOCATIONGRANULARITY", PyInt.constant(PAGESIZE));
        for (PyMmap.Access access : PyMmap.Access.values()) {
            module.add("ACCESS_" + access, PyInt.constant(access.ordinal()));
        }
        // Linux's values, as python3's mmap has them
        Object[] constants = {"MAP_SHARED", MAP_SHARED, "MAP_PRIVATE", MAP_PRIVATE, "MAP_ANONYMOUS", 32, "MAP_ANON", 32,
            "MAP_DENYWRITE", 2048, "MAP_EXECUTABLE", 4096, "MAP_POPULATE", 32768, "MAP_STACK", 131072,
            "PROT_READ", PROT_READ, "PROT_WRITE", PROT_WRITE, "PROT_EXEC", 4,
            "MADV_NORMAL", 0, "MADV_RANDOM", 1, "MADV_SEQUENTIAL", 2, "MADV_WILLNEED", 3, "MADV_DONTNEED", 4,
            "MADV_FREE", 8, "MADV_REMOVE", 9, "MADV_DONTFORK", 10, "MADV_DOFORK", 11, "MADV_MERGEABLE", 12,
            "MADV_UNMERGEABLE", 13, "MADV_HUGEPAGE", 14, "MADV_NOHUGEPAGE", 15, "MADV_DONTDUMP", 16,
            "MADV_DODUMP", 17, "MADV_HWPOISON", 100};
        for (int i = 0; i < constants.length; i += 2) {
            module.add((String) constants[i], PyInt.constant((Integer) constants[i + 1]));
        }
        return module;
    }

    private static PyMmap map(PyObject self) {
        return (PyMmap) self;
    }

    /** The map of a method that checks it is open (CHECK_VALID) before it looks at its arguments. */
    private static PyMmap valid(PyObject self) {
        PyMmap m = (PyMmap) self;
        m.checkOpen();
        return m;
    }

    static final PyType MMAP = PyType.builder("mmap.mmap")
            .newInstance(MmapModule::construct)
            .withoutInstanceDict()
            .method("__len__", (self, a) -> PyInt.of(a.thread(), map(self).length()))
            .method("__getitem__", (self, a) -> getItem(a.thread(), valid(self), a.oneArg("__getitem__")))
            .method("__setitem__", (self, a) -> {
                PyMmap m = valid(self);
                a.checkPositional("__setitem__", "__setitem__", 2, 2);
                setItem(a.thread(), m, a.get(0), a.get(1));
                return PyNone.NONE;
            })
            .method("__delitem__", (self, a) -> {
                map(self).checkWritable();
                throw PyErrors.typeError("mmap doesn't support item deletion");
            })
            .method("__enter__", (self, a) -> {
                valid(self);
                return a.thread().newRef(self);
            })
            .method("__exit__", (self, a) -> {
                map(self).close();
                return PyNone.NONE;
            })
            .getter("closed", (ts, self) -> PyBool.of(map(self).closed()))
            .method("close", (self, a) -> {
                a.noArgs("mmap.close");
                map(self).close();
                return PyNone.NONE;
            })
            .method("size", (self, a) -> {
                a.noArgs("mmap.size");
                return PyInt.of(a.thread(), map(self).fileSize());
            })
            .method("tell", (self, a) -> {
                a.noArgs("mmap.tell");
                return PyInt.of(a.thread(), map(self).position());
            })
            .method("seek", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("seek", "mmap.seek", 1, 2);
                seek(a.thread(), m, Clinic.ssize(a.thread(), a.get(0)), a.size() > 1 ? Clinic.ssize(a.thread(), a.get(1)) : 0);
                return PyNone.NONE;
            })
            .method("read", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("read", "mmap.read", 0, 1);
                return bytes(a.thread(), m.read(a.size() == 0 ? -1 : readSize(a.thread(), a.get(0))));
            })
            .method("read_byte", (self, a) -> {
                a.noArgs("mmap.read_byte");
                return PyInt.of(a.thread(), map(self).readByte() & 0xff);
            })
            .method("readline", (self, a) -> {
                a.noArgs("mmap.readline");
                return bytes(a.thread(), map(self).readline());
            })
            .method("write", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("write", "mmap.write", 1, 1);
                byte[] data = Buffers.bytesLike(a.get(0));
                m.write(data);
                return PyInt.of(a.thread(), data.length);
            })
            .method("write_byte", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("write_byte", "mmap.write_byte", 1, 1);
                m.writeByte(unsignedByte(a.thread(), a.get(0)));
                return PyNone.NONE;
            })
            .method("move", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("move", "mmap.move", 3, 3);
                ThreadState ts = a.thread();
                m.move(Clinic.ssize(ts, a.get(0)), Clinic.ssize(ts, a.get(1)), Clinic.ssize(ts, a.get(2)));
                return PyNone.NONE;
            })
            .method("find", (self, a) -> find(valid(self), a, "find", false))
            .method("rfind", (self, a) -> find(valid(self), a, "rfind", true))
            .method("flush", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("flush", "mmap.flush", 0, 2);
                flush(a.thread(), m, a.size() > 0 ? Clinic.ssize(a.thread(), a.get(0)) : 0,
                        a.size() > 1 ? Clinic.ssize(a.thread(), a.get(1)) : null);
                return PyNone.NONE;
            })
            .method("madvise", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("madvise", "mmap.madvise", 1, 3);
                ThreadState ts = a.thread();
                Clinic.ssize(ts, a.get(0)); // the advice, checked to be an int and then not needed
                madvise(m, a.size() > 1 ? Clinic.ssize(ts, a.get(1)) : 0, a.size() > 2 ? Clinic.ssize(ts, a.get(2)) : null);
                return PyNone.NONE;
            })
            .method("resize", (self, a) -> {
                PyMmap m = valid(self);
                a.parseTuple("resize", "mmap.resize", 1, 1);
                m.resize(Clinic.ssize(a.thread(), a.get(0)));
                return PyNone.NONE;
            })
            .build();

    /** mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0): new_mmap_object. */
    private static PyObject construct(PyType cls, Args args) {
        ThreadState ts = args.thread();
        PyObject[] a = bind(args);
        int fileno = (int) Clinic.ssize(ts, a[0]);
        long length = Clinic.ssize(ts, a[1]);
        long flags = a[2] == null ? MAP_SHARED : Clinic.ssize(ts, a[2]);
        long prot = a[3] == null ? PROT_READ | PROT_WRITE : Clinic.ssize(ts, a[3]);
        long accessArg = a[4] == null ? 0 : Clinic.ssize(ts, a[4]);
        long offset = a[5] == null ? 0 : offset(ts, a[5]);
        if (length < 0) {
            throw PyErrors.overflowError("memory mapped length must be positive");
        }
        if (offset < 0) {
            throw PyErrors.overflowError("memory mapped offset must be positive");
        }
        if (accessArg != 0 && (flags != MAP_SHARED || prot != (PROT_READ | PROT_WRITE))) {
            throw PyErrors.valueError("mmap can't specify both access and flags, prot.");
        }
        if (accessArg < 0 || accessArg > 3) {
            throw PyErrors.valueError("mmap invalid access parameter.");
        }
        PyMmap.Access access = PyMmap.Access.values()[(int) accessArg];
        if (access == PyMmap.Access.DEFAULT && (prot & (PROT_READ | PROT_WRITE)) != (PROT_READ | PROT_WRITE)) {
            // what the protection allows names the access, as repr() shows it
            access = (prot & PROT_WRITE) != 0 ? PyMmap.Access.WRITE : PyMmap.Access.READ;
        }
        boolean shared = (flags & MAP_SHARED) != 0;
        // mmap(2)'s own checks: one of shared or private, a page-aligned offset, some bytes
        boolean invalid = shared == ((flags & MAP_PRIVATE) != 0) || offset % PAGESIZE != 0;
        MapMode mode = access == PyMmap.Access.READ ? MapMode.READ_ONLY
                : access == PyMmap.Access.COPY || !shared ? MapMode.PRIVATE : MapMode.READ_WRITE;
        if (fileno == -1) {
            if (invalid || length == 0) {
                throw PyErrors.osError(Errno.EINVAL, null);
            }
            if (length > Integer.MAX_VALUE) {
                throw tooLong();
            }
            return PyMmap.anonymous(ts, cls, access, mode, (int) length);
        }
        FileChannel file = IoModule.FileIO.channel(fileno);
        long size = fileSize(file);
        if (length == 0) {
            if (size == 0) {
                throw closing(file, PyErrors.valueError("cannot mmap an empty file"));
            }
            if (offset >= size) {
                throw closing(file, PyErrors.valueError("mmap offset is greater than file size"));
            }
            length = size - offset;
        } else if (offset > size || size - offset < length) {
            throw closing(file, PyErrors.valueError("mmap length is greater than file size"));
        }
        if (invalid) {
            throw closing(file, PyErrors.osError(Errno.EINVAL, null));
        }
        if (length > Integer.MAX_VALUE) {
            throw closing(file, tooLong());
        }
        return PyMmap.ofFile(ts, cls, access, mode, file, offset, (int) length);
    }

    /** A Java buffer holds at most 2 GiB. */
    private static RuntimeException tooLong() {
        return PyErrors.overflowError("the model maps at most 2 GiB at once");
    }

    private static long fileSize(FileChannel file) {
        try {
            return file.size();
        } catch (java.io.IOException e) {
            throw closing(file, PyErrors.osError(Errno.EIO, null));
        }
    }

    /** {@code error}, once the channel the failed constructor opened is closed. */
    private static RuntimeException closing(FileChannel file, RuntimeException error) {
        try {
            file.close();
        } catch (java.io.IOException e) {
            error.addSuppressed(e);
        }
        return error;
    }

    /** The offset argument, a C long long ("L"). */
    private static long offset(ThreadState ts, PyObject o) {
        java.math.BigInteger value = Clinic.integer(ts, o,
                () -> PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer"));
        if (value.bitLength() > 63) {
            throw PyErrors.overflowError("Python int too large to convert to C long");
        }
        return value.longValue();
    }

    /** The constructor's arguments as PyArg_ParseTupleAndKeywords binds them (its messages name no function). */
    private static PyObject[] bind(Args args) {
        int given = args.size() + args.keywordNames().size();
        if (given > PARAMETERS.length) {
            throw PyErrors.typeError("function takes at most " + PARAMETERS.length + " arguments (" + given + " given)");
        }
        PyObject[] slots = Arrays.copyOf(args.positional().toArray(new PyObject[0]), PARAMETERS.length);
        List<String> names = Arrays.asList(PARAMETERS);
        for (String keyword : args.keywordNames()) {
            int index = names.indexOf(keyword);
            if (index < 0) {
                throw PyErrors.typeError("'" + keyword + "' is an invalid keyword argument for this function");
            }
            if (index < args.size()) {
                throw PyErrors.typeError("argument for function given by name ('" + keyword + "') and position (" + (index + 1) + ")");
            }
            slots[index] = args.keyword(keyword);
        }
        for (int i = 0; i < 2; i++) {
            if (slots[i] == null) {
                throw PyErrors.typeError("function missing required argument '" + PARAMETERS[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return slots;
    }

    private static PyBytes bytes(ThreadState ts, byte[] data) {
        return new PyBytes(ts, data, false);
    }

    /** read(n): an int or None ("argument should be integer or None"). */
    private static long readSize(ThreadState ts, PyObject n) {
        if (n == PyNone.NONE) {
            return -1;
        }
        if (!isIndex(n)) {
            throw PyErrors.typeError("argument should be integer or None, not '" + n.type().name() + "'");
        }
        if (Clinic.integer(ts, n, null).bitLength() > 63) {
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return Clinic.ssize(ts, n);
    }

    /** write_byte's argument, a C unsigned char ("B"). */
    private static byte unsignedByte(ThreadState ts, PyObject o) {
        long value = Clinic.ssize(ts, o);
        if (value < 0) {
            throw PyErrors.overflowError("unsigned byte integer is less than minimum");
        }
        if (value > 255) {
            throw PyErrors.overflowError("unsigned byte integer is greater than maximum");
        }
        return (byte) value;
    }

    private static void seek(ThreadState ts, PyMmap m, long dist, long how) {
        long base = switch ((int) how) {
            case 0 -> 0;
            case 1 -> m.position();
            case 2 -> m.length();
            default -> throw PyErrors.valueError("unknown seek type");
        };
        m.seek(base + dist);
    }

    private static PyObject find(PyMmap m, Args a, String name, boolean last) {
        a.parseTuple(name, "mmap." + name, 1, 3);
        ThreadState ts = a.thread();
        byte[] sub = Buffers.bytesLike(a.get(0));
        Long start = a.size() > 1 ? Clinic.ssize(ts, a.get(1)) : null;
        Long end = a.size() > 2 ? Clinic.ssize(ts, a.get(2)) : null;
        return PyInt.of(ts, m.find(sub, start, end, last));
    }

    /**
     * flush([offset[, size]]): msync of the range (to the end without a size), without the GIL; nothing to
     * do for memory no file sees.
     */
    private static void flush(ThreadState ts, PyMmap m, long offset, Long size) {
        int length = m.length();
        long count = size == null ? length - offset : size;
        if (offset < 0 || count < 0 || offset + count > length) {
            throw PyErrors.valueError("flush values out of range");
        }
        if (m.access == PyMmap.Access.READ || m.access == PyMmap.Access.COPY) {
            return;
        }
        if (offset % PAGESIZE != 0) {
            throw PyErrors.osError(Errno.EINVAL, null);
        }
        MappedByteBuffer target = m.syncTarget();
        if (target != null && count > 0) {
            ((InterpreterState) ts.invoker()).allowThreads(ts, () -> target.force((int) offset, (int) count));
        }
    }

    /** madvise(option[, start[, length]]): checked as CPython checks it, then a no-op (advice changes no result). */
    private static void madvise(PyMmap m, long start, Long length) {
        int size = m.length();
        if (start < 0 || start >= size) {
            throw PyErrors.valueError("madvise start out of bounds");
        }
        if (length != null && length < 0) {
            throw PyErrors.valueError("madvise length invalid");
        }
        if (start % PAGESIZE != 0) {
            throw PyErrors.osError(Errno.EINVAL, null);
        }
    }

    private static int index(ThreadState ts, PyMmap m, PyObject key) {
        PyInt i = Numbers.index(ts, key);
        try {
            if (i.isBig()) {
                throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
            }
            long at = i.value < 0 ? i.value + m.length() : i.value;
            if (at < 0 || at >= m.length()) {
                throw PyErrors.indexError("mmap index out of range");
            }
            return (int) at;
        } finally {
            Numbers.releaseIndex(ts, i, key);
        }
    }

    private static boolean isIndex(PyObject key) {
        return Numbers.asInt(key) != null || key.type().lookup("__index__") != null;
    }

    private static PyObject getItem(ThreadState ts, PyMmap m, PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(ts, m.length());
            return bytes(ts, r[3] == 0 ? new byte[0] : m.gather((int) r[0], (int) r[2], (int) r[3]));
        }
        if (!isIndex(key)) {
            throw PyErrors.typeError("mmap indices must be integers");
        }
        return PyInt.of(ts, m.get(index(ts, m, key)) & 0xff);
    }

    private static void setItem(ThreadState ts, PyMmap m, PyObject key, PyObject value) {
        m.checkWritable();
        if (key instanceof PySlice slice) {
            byte[] data = Buffers.bytesLike(value);
            long[] r = slice.indices(ts, m.length());
            if (data.length != r[3]) {
                throw PyErrors.indexError("mmap slice assignment is wrong size");
            }
            m.scatter((int) r[0], (int) r[2], data);
            return;
        }
        if (!isIndex(key)) {
            throw PyErrors.typeError("mmap indices must be integers");
        }
        int at = index(ts, m, key);
        if (!isIndex(value)) {
            throw PyErrors.typeError("mmap item value must be an int");
        }
        long v = Clinic.ssize(ts, value);
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("mmap item value must be in range(0, 256)");
        }
        m.set(at, (byte) v);
    }
}
