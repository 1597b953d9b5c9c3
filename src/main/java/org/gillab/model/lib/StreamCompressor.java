package org.gillab.model.lib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * A BZ2Compressor or LZMACompressor (Modules/_bz2module.c, _lzmamodule.c): a Java encoder writing into a
 * sink that each call empties; compress() hands out what the encoder wrote so far, flush() finishes the
 * stream, and neither may follow flush(). Written for the model, not copied.
 */
final class StreamCompressor extends CodecObject {
    /** Opens the encoder over the sink (writing a stream header may already happen here). */
    interface Encoder {
        OutputStream open(OutputStream sink) throws IOException;
    }

    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final OutputStream encoder;
    private boolean flushed;

    StreamCompressor(ThreadState ts, PyType type, Encoder encoder) throws IOException {
        super(ts, type);
        this.encoder = encoder.open(sink);
    }

    /** The type's compress(data, /) and flush() methods. */
    static PyType.Builder methods(PyType.Builder type, InterpreterState interp) {
        return type
                .method("compress", (self, args) -> ((StreamCompressor) self).run(interp, args.thread(),
                        Buffers.bytesLike(args.oneArg("compress")), false))
                .method("flush", (self, args) -> {
                    args.checkPositional("flush", "flush", 0, 0);
                    return ((StreamCompressor) self).run(interp, args.thread(), new byte[0], true);
                });
    }

    private PyObject run(InterpreterState interp, ThreadState ts, byte[] data, boolean finish) {
        byte[] out = locked(interp, ts, () -> flushed ? null : write(data, finish));
        if (out == null) {
            throw PyErrors.valueError(finish ? "Repeated call to flush()" : "Compressor has been flushed");
        }
        return new PyBytes(ts, out, false);
    }

    private byte[] write(byte[] data, boolean finish) {
        try {
            encoder.write(data);
            if (finish) {
                encoder.close();
                flushed = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = sink.toByteArray();
        sink.reset();
        return out;
    }
}
