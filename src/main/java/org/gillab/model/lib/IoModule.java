package org.gillab.model.lib;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.compile.StringRepr;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.gillab.model.vm.UnsupportedOperation;

/**
 * The _io module's raw layer (Modules/_io/fileio.c): FileIO, unbuffered reads and writes of a file
 * by bytes, each of which releases the GIL for the system call as CPython's does. The buffered and
 * text layers over it (BufferedReader, TextIOWrapper, StringIO, BytesIO, open) are Python, in the
 * model's io.py, the way CPython's Lib/_pyio.py writes them. File descriptors are numbers the model
 * hands out (see {@link Descriptors}), not the process's own.
 */
final class IoModule {
    private IoModule() {}

    static final int DEFAULT_BUFFER_SIZE = 8192;

    private static final PyType FILE_IO = PyType.builder("_io.FileIO")
            .newInstance((cls, args) -> {
                PyObject[] a = args.bind("FileIO", 1, "file", "mode", "closefd", "opener");
                String mode = a[1] == null ? "r" : strArg(a[1], "FileIO() argument 'mode'");
                return FileIO.open(args.thread(), cls, a[0], mode);
            })
            .method("read", (self, args) -> {
                PyObject[] a = args.bind("read", 0, "size");
                long size = a[0] == null || a[0] == PyNone.NONE ? -1 : Convert.toLong(a[0], "read");
                return file(self).read(args.thread(), size);
            })
            .method("readall", (self, args) -> file(self).read(args.thread(), -1))
            .method("write", (self, args) -> {
                args.expectPositional("write", 1, 1);
                return PyInt.of(args.thread(), file(self).write(args.thread(), bytesArg(args.get(0))));
            })
            .method("seek", (self, args) -> {
                PyObject[] a = args.bind("seek", 1, "pos", "whence");
                long pos = Convert.toLong(a[0], "seek");
                int whence = a[1] == null ? 0 : (int) Convert.toLong(a[1], "seek");
                return PyInt.of(args.thread(), file(self).seek(pos, whence));
            })
            .method("tell", (self, args) -> PyInt.of(args.thread(), file(self).tell()))
            .method("truncate", (self, args) -> {
                PyObject[] a = args.bind("truncate", 0, "size");
                FileIO f = file(self);
                long size = a[0] == null || a[0] == PyNone.NONE ? f.tell() : Convert.toLong(a[0], "truncate");
                return PyInt.of(args.thread(), f.truncate(size));
            })
            .method("close", (self, args) -> {
                ((FileIO) self).close();
                return PyNone.NONE;
            })
            .method("flush", (self, args) -> {
                file(self);
                return PyNone.NONE;
            })
            .method("fileno", (self, args) -> PyInt.of(args.thread(), file(self).fd))
            .method("isatty", (self, args) -> {
                file(self);
                return PyBool.FALSE;
            })
            .method("readable", (self, args) -> PyBool.of(file(self).readable))
            .method("writable", (self, args) -> PyBool.of(file(self).writable))
            .method("seekable", (self, args) -> PyBool.of(file(self) != null))
            .getter("closed", (ts, self) -> PyBool.of(((FileIO) self).file == null))
            .getter("name", (ts, self) -> new PyStr(ts, ((FileIO) self).name))
            .getter("mode", (ts, self) -> new PyStr(ts, ((FileIO) self).rawMode()))
            .getter("closefd", (ts, self) -> PyBool.TRUE)
            .build();

    static PyModule create(InterpreterState interp) {
        return new PyModule("_io", true)
                .add("FileIO", FILE_IO)
                // The model's BytesIO keeps its bytes in a bytearray once getbuffer() was called: whether a
                // view of it is alive, which CPython's BytesIO counts as its exports (CHECK_EXPORTS).
                .function("_exported", args -> {
                    args.expectPositional("_exported", 1, 1);
                    return PyBool.of(args.get(0) instanceof PyBytes b && b.exported());
                })
                .add("DEFAULT_BUFFER_SIZE", PyInt.constant(DEFAULT_BUFFER_SIZE));
    }

    private static FileIO file(PyObject self) {
        FileIO f = (FileIO) self;
        if (f.file == null) {
            throw PyErrors.valueError("I/O operation on closed file");
        }
        return f;
    }

    /** A str argument, or CPython's TypeError naming {@code what}. */
    static String strArg(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErrors.badArgument(what, "str", o);
    }

    /** The bytes of a bytes-like argument (bytes, bytearray, memoryview). */
    static byte[] bytesArg(PyObject o) {
        return Buffers.bytesLike(o);
    }

    /** The open files by descriptor: what {@link FileIO#channel} finds. */
    private static final Map<Integer, FileIO> OPEN = new ConcurrentHashMap<>();

    /** An open file, read and written by bytes at its position. */
    static final class FileIO extends PyInstance {
        private RandomAccessFile file;
        /**
         * For a file opened to append, or one whose offset a forked child shares ({@link #shareOffsets}), a
         * second channel opened with O_APPEND, which writes at the end atomically; else null.
         */
        private volatile FileChannel appender;
        final String name;
        /** The file's absolute path, for a second channel on it ({@link #channel}). */
        private final Path path;
        final boolean readable;
        final boolean writable;
        private final boolean appending;
        private final boolean created;
        final int fd;

        private FileIO(ThreadState ts, PyType type, RandomAccessFile file, String name, Path path, boolean readable,
                boolean writable, boolean appending, boolean created) {
            super(ts, type);
            this.file = file;
            this.appender = appending ? appendChannel(path) : null;
            this.name = name;
            this.path = path;
            this.readable = readable;
            this.writable = writable;
            this.appending = appending;
            this.created = created;
            this.fd = Descriptors.next();
            OPEN.put(fd, this);
        }

        /**
         * A channel of its own on the open file {@code fd} (what dup(2) gives mmap.mmap): readable, and
         * writable when the file is; it stays open when the file object closes. OSError(EBADF) when no
         * file of the model's is open under that number, PermissionError for a file open only to write
         * (mmap(2) needs a readable descriptor).
         */
        static FileChannel channel(int fd) {
            FileIO f = OPEN.get(fd);
            if (f == null) {
                throw PyErrors.osError(Errno.EBADF, null);
            }
            if (!f.readable) {
                throw PyErrors.osError(Errno.EACCES, null);
            }
            Path reachable = Files.exists(f.path) ? f.path : unlinked(f.path);
            try {
                return f.writable ? FileChannel.open(reachable, StandardOpenOption.READ, StandardOpenOption.WRITE)
                        : FileChannel.open(reachable, StandardOpenOption.READ);
            } catch (IOException e) {
                throw PyErrors.osError(Errno.EIO, null);
            }
        }

        /**
         * An open file whose name is gone from its directory (tempfile.TemporaryFile unlinks it at once):
         * Linux still reaches it through the JVM's own descriptor, /proc/self/fd/N, as dup(2) reaches it.
         */
        private static Path unlinked(Path path) {
            String deleted = path + " (deleted)";
            try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
                return descriptors.filter(fd -> {
                    try {
                        return Files.readSymbolicLink(fd).toString().equals(deleted);
                    } catch (IOException closedMeanwhile) {
                        return false;
                    }
                }).findFirst().orElse(path);
            } catch (IOException | UncheckedIOException noProc) {
                return path;
            }
        }

        /** FileIO(file, mode): mode is one of r, w, a, x, each with an optional + (and b, which it ignores). */
        static FileIO open(ThreadState ts, PyType type, PyObject path, String mode) {
            if (!(path instanceof PyStr)) {
                throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + path.type().simpleName());
            }
            String name = path.str();
            String kinds = mode.replace("b", "").replace("+", "");
            boolean plus = mode.contains("+");
            for (char c : mode.toCharArray()) {
                if ("rwaxb+".indexOf(c) < 0) {
                    throw PyErrors.valueError("invalid mode: " + mode);
                }
            }
            if (kinds.length() != 1 || mode.indexOf('+') != mode.lastIndexOf('+')) {
                throw PyErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
            }
            char kind = kinds.charAt(0);
            Path p = WorkingDirectory.resolve(name);
            if (kind != 'r' && ((InterpreterState) ts.invoker()).writesNowhere()) {
                p = Path.of("/dev/null"); // still named as asked: the child's copy of what the parent opened
                kind = 'a';
            }
            File f = p.toFile();
            if (f.isDirectory()) {
                throw PyErrors.osError(Errno.EISDIR, name);
            }
            boolean exists = f.exists();
            if (kind == 'r' && !exists) {
                throw PyErrors.osError(Errno.ENOENT, name);
            }
            if (kind == 'x' && exists) {
                throw PyErrors.osError(Errno.EEXIST, name);
            }
            if (kind != 'r' && !Files.isDirectory(p.getParent())) {
                throw PyErrors.osError(Errno.ENOENT, name);
            }
            boolean writable = kind != 'r' || plus;
            try {
                RandomAccessFile raf = new RandomAccessFile(f, writable ? "rw" : "r");
                if (kind == 'w' && f.isFile()) { // O_TRUNC leaves devices (/dev/null) and pipes as they are
                    raf.setLength(0);
                } else if (kind == 'a') {
                    raf.seek(raf.length());
                }
                return new FileIO(ts, type, raf, name, p.toAbsolutePath(), kind == 'r' || plus, writable, kind == 'a', kind == 'x');
            } catch (FileNotFoundException e) {
                throw PyErrors.osError(Errno.EACCES, name);
            } catch (IOException e) {
                throw PyErrors.osError(Errno.EIO, name);
            }
        }

        /** fileio_repr: the class is always named _io.FileIO, a subclass's instances included. */
        @Override
        protected String builtinRepr() {
            if (file == null) {
                return "<_io.FileIO [closed]>";
            }
            return "<_io.FileIO name=" + StringRepr.of(name) + " mode='" + rawMode() + "' closefd=True>";
        }

        String rawMode() {
            if (created) {
                return readable ? "xb+" : "xb";
            }
            if (appending) {
                return readable ? "ab+" : "ab";
            }
            if (readable && writable) {
                return "rb+";
            }
            return readable ? "rb" : "wb";
        }

        /** Up to {@code size} bytes (all that is left when negative), read without the GIL. */
        PyObject read(ThreadState ts, long size) {
            if (!readable) {
                throw UnsupportedOperation.raise(ts, "File not open for reading");
            }
            RandomAccessFile f = file;
            // Reads to the end rather than to the size the file reports: /proc files, FIFOs and devices report 0.
            byte[] data = blocking(ts, () -> size < 0 ? readAll(f) : readSome(f, (int) Math.min(size, Integer.MAX_VALUE - 8)));
            return new PyBytes(ts, data, false);
        }

        /** FileIO.readall: every byte up to the end of the file. */
        private static byte[] readAll(RandomAccessFile f) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] chunk = new byte[(int) Math.max(8192, Math.min(f.length() - f.getFilePointer() + 1, 1 << 20))];
            for (int n; (n = f.read(chunk)) >= 0; ) {
                all.write(chunk, 0, n);
            }
            return all.toByteArray();
        }

        /** One read(2) of at most {@code size} bytes, as FileIO.read(n) does: fewer near the end, none at it. */
        private static byte[] readSome(RandomAccessFile f, int size) throws IOException {
            byte[] buffer = new byte[size];
            int n = f.read(buffer);
            return n <= 0 ? new byte[0] : Arrays.copyOf(buffer, n);
        }

        /** Writes all of {@code data} without the GIL (at the end for a file opened to append). */
        int write(ThreadState ts, byte[] data) {
            if (!writable) {
                throw UnsupportedOperation.raise(ts, "File not open for writing");
            }
            RandomAccessFile f = file;
            blocking(ts, () -> {
                writeAt(f, data, 0, data.length);
                return null;
            });
            return data.length;
        }

        /** The file as a child process's stdout sees it given this file object: written at the file's position, which moves on (a shared descriptor's offset). */
        java.io.OutputStream sink() {
            return new java.io.OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    writeAt(openFile(), b, off, len);
                }
            };
        }

        /**
         * Writes at the file's position, or for a file opened to append at its end, however many processes
         * append to it (O_APPEND: a log several children write to loses none of their lines); the position
         * is then the end, as after write(2) on such a file.
         */
        private void writeAt(RandomAccessFile f, byte[] data, int offset, int length) throws IOException {
            FileChannel appender = this.appender;
            if (appender == null) {
                f.write(data, offset, length);
                return;
            }
            ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
            while (buffer.hasRemaining()) {
                appender.write(buffer);
            }
            f.seek(f.length());
        }

        /** Every file open for writing writes at its end from now on: see {@link ForkCopies#shareFileOffsets}. */
        static void shareOffsets() {
            for (FileIO f : OPEN.values()) {
                synchronized (f) { // not while it closes, which would leave the channel open
                    if (f.file != null && f.writable && f.appender == null && Files.isRegularFile(f.path)) {
                        f.appender = appendChannel(f.path);
                    }
                }
            }
        }

        private static FileChannel appendChannel(Path path) {
            try {
                return FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw PyErrors.osError(Errno.EIO, path.toString());
            }
        }

        /** The file as a child process's stdin sees it given this file object: read from the file's position on. */
        java.io.InputStream source() {
            return new java.io.InputStream() {
                @Override
                public int read() throws IOException {
                    return openFile().read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return openFile().read(b, off, len);
                }
            };
        }

        private RandomAccessFile openFile() throws IOException {
            RandomAccessFile f = file;
            if (f == null) {
                throw new IOException("closed");
            }
            return f;
        }

        long seek(long pos, int whence) {
            try {
                long target = switch (whence) {
                    case 0 -> pos;
                    case 1 -> file.getFilePointer() + pos;
                    case 2 -> file.length() + pos;
                    default -> throw PyErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
                };
                if (target < 0) {
                    throw PyErrors.osError(Errno.EINVAL, null);
                }
                file.seek(target);
                return target;
            } catch (IOException e) {
                throw PyErrors.osError(Errno.EIO, null);
            }
        }

        long tell() {
            try {
                return file.getFilePointer();
            } catch (IOException e) {
                throw PyErrors.osError(Errno.EIO, null);
            }
        }

        long truncate(long size) {
            if (!writable) {
                throw UnsupportedOperation.raise(ThreadState.current(), "File not open for writing");
            }
            try {
                file.setLength(size);
                return size;
            } catch (IOException e) {
                throw PyErrors.osError(Errno.EIO, null);
            }
        }

        void close() {
            RandomAccessFile f;
            FileChannel appender;
            synchronized (this) {
                f = file;
                appender = this.appender;
                file = null;
            }
            if (f != null) {
                OPEN.remove(fd);
                try {
                    f.close();
                    if (appender != null) {
                        appender.close();
                    }
                } catch (IOException e) {
                    throw PyErrors.osError(Errno.EIO, null);
                }
            }
        }

        @Override
        protected void release(ThreadState ts) {
            try {
                close();
            } finally {
                super.release(ts);
            }
        }
    }

    /** A file system call that may block. */
    @FunctionalInterface
    interface FileCall<T> {
        T run() throws IOException;
    }

    /** Runs {@code call} without the GIL, as Py_BEGIN_ALLOW_THREADS around read(2)/write(2); an IOException becomes OSError(EIO). */
    static <T> T blocking(ThreadState ts, FileCall<T> call) {
        InterpreterState interp = (InterpreterState) ts.invoker();
        try {
            return interp.allowThreads(ts, () -> {
                try {
                    return call.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw PyErrors.osError(Errno.EIO, null);
        }
    }
}
