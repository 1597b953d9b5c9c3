package org.gillab.model.lib;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.IOException;
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
 * The _bz2 module (Modules/_bz2module.c) over commons-compress's bzip2 streams. Written for the model, not
 * copied. Compressing and decompressing run with the GIL released (see {@link CodecObject}).
 *
 * Deliberate differences: commons-compress often writes the same bytes as libbzip2 but not always (when two
 * Huffman tables code a group of symbols equally well, its sendMTFValues picks the last and libbzip2 the
 * first; python3 and the model decode each other's streams); a compressor hands
 * out its stream header with its first output rather than with its first block; a decompressor may hand
 * out a block's output one call late (see {@link PushDecoder}).
 */
final class Bz2Module {
    private Bz2Module() {}

    private static PyType compressorType(InterpreterState interp) {
        return StreamCompressor.methods(PyType.builder("_bz2.BZ2Compressor"), interp)
                .newInstance((cls, args) -> {
                    args.noKeywords("BZ2Compressor");
                    args.checkPositional("BZ2Compressor", "BZ2Compressor", 0, 1);
                    long level = args.size() == 0 ? 9 : Clinic.ssize(args.thread(), args.get(0));
                    if (level < 1 || level > 9) {
                        throw PyErrors.valueError("compresslevel must be between 1 and 9");
                    }
                    try {
                        return new StreamCompressor(args.thread(), cls, sink -> new BZip2CompressorOutputStream(sink, (int) level));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
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
                    args.noKeywords("BZ2Decompressor");
                    args.checkPositional("BZ2Decompressor", "BZ2Decompressor", 0, 0);
                    return new Decompressor(args.thread(), cls);
                })
                .method("decompress", (self, args) -> {
                    PyObject[] a = args.bind("decompress", 1, 2, "data", "max_length");
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
