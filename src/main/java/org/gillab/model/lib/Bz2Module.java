package org.gillab.model.lib;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _bz2 module (Modules/_bz2module.c) over commons-compress's bzip2 streams, which write the same bytes
 * as libbzip2 for the same input and level. Written for the model, not copied. Compressing and
 * decompressing run with the GIL released (see {@link CodecObject}).
 *
 * Deliberate difference: a compressor hands out its stream header with its first output rather than with
 * its first block, and a decompressor may hand out a block's output one call late (see {@link PushDecoder});
 * the bytes joined are CPython's.
 */
final class Bz2Module {
    private Bz2Module() {}

    /** A sink whose bytes each call takes away. */
    private static final class Sink extends ByteArrayOutputStream {
        byte[] take() {
            byte[] out = toByteArray();
            reset();
            return out;
        }
    }

    /** _bz2.BZ2Compressor: BZ_RUN on compress(), BZ_FINISH on flush(). */
    private static final class Compressor extends CodecObject {
        private final Sink sink = new Sink();
        private final OutputStream stream;
        private boolean flushed;

        Compressor(ThreadState ts, PyType type, int level) {
            super(ts, type);
            try {
                stream = new BZip2CompressorOutputStream(sink, level);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] compress(byte[] data, boolean finish) {
            try {
                stream.write(data);
                if (finish) {
                    stream.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sink.take();
        }
    }

    private static PyType compressorType(InterpreterState interp) {
        return PyType.builder("_bz2.BZ2Compressor")
                .newInstance((cls, args) -> {
                    Clinic.noKeywords(args, "BZ2Compressor");
                    args.checkPositional("BZ2Compressor", "BZ2Compressor", 0, 1);
                    long level = args.size() == 0 ? 9 : Clinic.ssize(args.thread(), args.get(0));
                    if (level < 1 || level > 9) {
                        throw PyErrors.valueError("compresslevel must be between 1 and 9");
                    }
                    return new Compressor(args.thread(), cls, (int) level);
                })
                .method("compress", (self, args) -> {
                    byte[] data = Buffers.bytesLike(Clinic.one(args, "compress"));
                    return run(interp, args.thread(), (Compressor) self, data, false, "Compressor has been flushed");
                })
                .method("flush", (self, args) -> {
                    args.checkPositional("flush", "flush", 0, 0);
                    return run(interp, args.thread(), (Compressor) self, new byte[0], true, "Repeated call to flush()");
                })
                .build();
    }

    private static PyObject run(InterpreterState interp, ThreadState ts, Compressor c, byte[] data, boolean finish, String flushedMessage) {
        byte[] out = c.locked(interp, ts, () -> {
            if (c.flushed) {
                return null;
            }
            c.flushed = finish;
            return c.compress(data, finish);
        });
        if (out == null) {
            throw PyErrors.valueError(flushedMessage);
        }
        return new PyBytes(ts, out, false);
    }

    /** _bz2.BZ2Decompressor: one bzip2 stream; what follows it is unused_data. */
    private static final class Decompressor extends CodecObject {
        final PushDecoder decoder = new PushDecoder(in -> new BZip2CompressorInputStream(new HeaderCheck(in), false));

        Decompressor(ThreadState ts, PyType type) {
            super(ts, type);
        }

        @Override
        protected void release(ThreadState ts) {
            decoder.close();
            super.release(ts);
        }
    }

    /**
     * Fails at the first byte that cannot begin a bzip2 stream ("BZh" and a level digit), as libbzip2 checks
     * them one by one: commons-compress would wait for all four, and bz2.decompress ends at trailing data
     * only when the decompressor rejects it.
     */
    private static final class HeaderCheck extends FilterInputStream {
        private static final String MAGIC = "BZh";
        private int checked;

        HeaderCheck(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (checked < 4 && b >= 0) {
                boolean valid = checked < 3 ? b == MAGIC.charAt(checked) : b >= '1' && b <= '9';
                checked++;
                if (!valid) {
                    throw new IOException("not a bzip2 stream");
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (checked >= 4 || len == 0) {
                return super.read(buffer, off, len);
            }
            int b = read();
            if (b >= 0) {
                buffer[off] = (byte) b;
            }
            return b < 0 ? -1 : 1;
        }
    }

    private static PyType decompressorType(InterpreterState interp) {
        return PyType.builder("_bz2.BZ2Decompressor")
                .newInstance((cls, args) -> {
                    Clinic.noKeywords(args, "BZ2Decompressor");
                    args.checkPositional("BZ2Decompressor", "BZ2Decompressor", 0, 0);
                    return new Decompressor(args.thread(), cls);
                })
                .method("decompress", (self, args) -> {
                    PyObject[] a = Clinic.keywords(args, "decompress", 1, 2, "data", "max_length");
                    ThreadState ts = args.thread();
                    byte[] data = Buffers.bytesLike(a[0]);
                    long max = a[1] == null ? -1 : Clinic.ssize(ts, a[1]);
                    PushDecoder decoder = ((Decompressor) self).decoder;
                    if (decoder.eof()) {
                        throw PyErrors.raise(PyErrors.EOF_ERROR, "End of stream already reached");
                    }
                    try {
                        return new PyBytes(ts, ((Decompressor) self).locked(interp, ts, () -> decoder.decompress(data, max)), false);
                    } catch (PushDecoder.Failure f) {
                        throw PyErrors.raise(PyErrors.OS_ERROR, "Invalid data stream");
                    }
                })
                .getter("eof", (ts, self) -> PyBool.of(((Decompressor) self).decoder.eof()))
                .getter("needs_input", (ts, self) -> PyBool.of(((Decompressor) self).decoder.needsInput()))
                .getter("unused_data", (ts, self) -> new PyBytes(ts, ((Decompressor) self).decoder.unusedData(), false))
                .build();
    }

    static PyModule create(InterpreterState interp) {
        return new PyModule("_bz2", true)
                .add("BZ2Compressor", compressorType(interp))
                .add("BZ2Decompressor", decompressorType(interp));
    }
}
