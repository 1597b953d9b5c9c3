package org.gillab.model.lib;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * One end of a pipe to a child process, the raw file a Popen's stdin, stdout or stderr is built on
 * (CPython's FileIO over the pipe's descriptor, Modules/_io/fileio.c): unbuffered reads and writes by
 * bytes, each made without the GIL as CPython's read(2) and write(2) are. subprocess.py wraps it in
 * io.BufferedReader/BufferedWriter and, in text mode, io.TextIOWrapper, as CPython's does. Its name is
 * its descriptor, one of the model's own numbers.
 */
final class PipeIO extends PyInstance {
    static final PyType TYPE = PyType.builder("FileIO")
            .attribute("__module__", PyStr.constant("_posixsubprocess"))
            .method("read", (self, args) -> {
                PyObject[] a = args.bind("read", 0, "size");
                long size = a[0] == null || a[0] == PyNone.NONE ? -1 : Convert.toLong(a[0], "read");
                return pipe(self).read(args.thread(), size);
            })
            .method("readall", (self, args) -> pipe(self).read(args.thread(), -1))
            .method("write", (self, args) -> {
                args.expectPositional("write", 1, 1);
                return PyInt.of(args.thread(), pipe(self).write(args.thread(), IoModule.bytesArg(args.get(0))));
            })
            .method("close", (self, args) -> {
                ((PipeIO) self).close();
                return PyNone.NONE;
            })
            .method("flush", (self, args) -> {
                pipe(self);
                return PyNone.NONE;
            })
            .method("fileno", (self, args) -> PyInt.of(args.thread(), pipe(self).fd))
            .method("isatty", (self, args) -> {
                pipe(self);
                return PyBool.FALSE;
            })
            .method("readable", (self, args) -> PyBool.of(pipe(self).in != null))
            .method("writable", (self, args) -> PyBool.of(pipe(self).out != null))
            .method("seekable", (self, args) -> {
                pipe(self);
                return PyBool.FALSE;
            })
            .method("tell", (self, args) -> {
                throw PyErrors.osError(Errno.ESPIPE, null);
            })
            .method("seek", (self, args) -> {
                throw PyErrors.osError(Errno.ESPIPE, null);
            })
            .getter("closed", (ts, self) -> PyBool.of(((PipeIO) self).closed))
            .getter("name", (ts, self) -> PyInt.of(ts, ((PipeIO) self).fd))
            .getter("mode", (ts, self) -> PyStr.constant(((PipeIO) self).in != null ? "rb" : "wb"))
            .getter("closefd", (ts, self) -> PyBool.TRUE)
            .build();

    /** What the parent reads (the child's stdout or stderr), or null for the child's stdin. */
    final InputStream in;
    /** What the parent writes (the child's stdin), or null. */
    final OutputStream out;
    final int fd = Descriptors.next();
    private volatile boolean closed;
    /** Whether a child was given this pipe's stream: then the copy to or from that child closes it, not close(). */
    private volatile boolean lent;

    private PipeIO(ThreadState ts, InputStream in, OutputStream out) {
        super(ts, TYPE);
        this.in = in;
        this.out = out;
    }

    static PipeIO reading(ThreadState ts, InputStream in) {
        return new PipeIO(ts, in, null);
    }

    static PipeIO writing(ThreadState ts, OutputStream out) {
        return new PipeIO(ts, null, out);
    }

    private static PipeIO pipe(PyObject self) {
        PipeIO p = (PipeIO) self;
        if (p.closed) {
            throw PyErrors.valueError("I/O operation on closed file");
        }
        return p;
    }

    boolean closed() {
        return closed;
    }

    /** The stream read, handed to a child whose stdin this pipe becomes (as a descriptor is inherited). */
    InputStream lend() {
        lent = true;
        return in;
    }

    /** The stream written, handed to a child whose stdout this pipe becomes. */
    OutputStream lendOut() {
        lent = true;
        return out;
    }

    /** Up to {@code size} bytes, as one read(2) returns them (all up to end of file when negative); b"" at the end. */
    private PyObject read(ThreadState ts, long size) {
        if (in == null) {
            throw PyErrors.osError(Errno.EBADF, null);
        }
        byte[] data;
        try {
            data = withoutGil(ts, () -> {
                if (size < 0) {
                    return in.readAllBytes();
                }
                byte[] buffer = new byte[(int) Math.min(size, IoModule.DEFAULT_BUFFER_SIZE * 8L)];
                int n = buffer.length == 0 ? 0 : in.read(buffer);
                return n <= 0 ? new byte[0] : Arrays.copyOf(buffer, n);
            });
        } catch (IOException e) {
            if (!closed) {
                throw PyErrors.osError(Errno.EIO, null);
            }
            data = new byte[0]; // closed by another thread meanwhile: what is left is nothing
        }
        return new PyBytes(ts, data, false);
    }

    /** Writes all of {@code data} without the GIL; a child that has gone is BrokenPipeError, as EPIPE. */
    private int write(ThreadState ts, byte[] data) {
        if (out == null) {
            throw PyErrors.osError(Errno.EBADF, null);
        }
        try {
            withoutGil(ts, () -> {
                out.write(data);
                out.flush();
                return null;
            });
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EPIPE, null);
        }
        return data.length;
    }

    /**
     * Runs {@code call} without the GIL, as Py_BEGIN_ALLOW_THREADS around a system call; its
     * IOException is thrown once the GIL is back, for the caller to raise as the OSError it means.
     */
    static <T> T withoutGil(ThreadState ts, IoModule.FileCall<T> call) throws IOException {
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
            throw e.getCause();
        }
    }

    /** Closes the parent's end: for stdin, the child then reads end of file. Closing twice does nothing. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (lent) {
            return;
        }
        try {
            if (in != null) {
                in.close();
            } else {
                out.close();
            }
        } catch (IOException e) {
            // the child has gone and its end with it (EPIPE on the last flush): nothing is left to close
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
