package org.gillab.model.lib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The zlib module (Modules/zlibmodule.c) over java.util.zip, which is zlib itself: the same deflate
 * stream for the same level and strategy. Written for the model, not copied. Compressing and
 * decompressing run with the GIL released, as CPython runs deflate() and inflate(); a Compress or
 * Decompress object shared by threads is locked around each call (ENTER_ZLIB). crc32 and adler32 release
 * the GIL above 5 KB, as CPython's do.
 *
 * Deliberate differences: java.util.zip has one window size and one memory level, so compression takes
 * wbits 15, -15 or 31 only (decompression takes them all) and memLevel 8 only, and no Z_RLE or Z_FIXED
 * strategy; Compress and Decompress objects have no copy(); ZLIB_VERSION is missing (Java does not say).
 */
final class ZlibModule {
    private ZlibModule() {}

    static final PyType ERROR = PyType.builder("error").base(PyErrors.EXCEPTION).subclassable()
            .attribute("__module__", PyStr.constant("zlib")).build();

    private static final int Z_NO_FLUSH = 0;
    private static final int Z_SYNC_FLUSH = 2;
    private static final int Z_FULL_FLUSH = 3;
    private static final int Z_FINISH = 4;
    private static final int Z_STREAM_ERROR = -2;
    private static final int Z_DATA_ERROR = -3;
    private static final int Z_BUF_ERROR = -5;
    private static final int DEF_BUF_SIZE = 16384;
    private static final byte[] EMPTY = new byte[0];

    /** A zlib failure met without the GIL; {@link #locked} raises it as zlib.error once the GIL is back. */
    private static final class Failure extends RuntimeException {
        final int code;
        final String zlibMessage;

        Failure(int code, String zlibMessage) {
            super(zlibMessage, null, false, false);
            this.code = code;
            this.zlibMessage = zlibMessage;
        }
    }

    /** zlib_error: "Error -3 while decompressing data: incorrect header check". */
    private static PythonException error(Failure f, String action) {
        String message = f.zlibMessage != null ? f.zlibMessage : switch (f.code) {
            case Z_BUF_ERROR -> "incomplete or truncated stream";
            case Z_STREAM_ERROR -> "inconsistent stream state";
            case Z_DATA_ERROR -> "invalid input data";
            default -> null;
        };
        return PyErrors.raise(ERROR, "Error " + f.code + " " + action + (message == null ? "" : ": " + message));
    }

    /** Runs {@code work} with the GIL released and {@code lock} held, a failure raised as zlib.error. */
    private static <T> T locked(InterpreterState interp, ThreadState ts, ReentrantLock lock, String action, Supplier<T> work) {
        try {
            return interp.allowThreads(ts, () -> {
                lock.lock();
                try {
                    return work.get();
                } finally {
                    lock.unlock();
                }
            });
        } catch (Failure f) {
            throw error(f, action);
        }
    }

    // ---- compression ----

    /** A deflate stream: zlib-wrapped, raw, or gzip (zlib's own minimal header: no name, time 0, OS Unix). */
    private static final class Deflate {
        private final Deflater deflater;
        private final int wbits;
        private final int xfl;
        private final CRC32 crc = new CRC32();
        private long size;
        private boolean started;
        private boolean finished;

        Deflate(int level, int wbits, int strategy, byte[] zdict) {
            this.deflater = new Deflater(level, wbits != 15);
            this.wbits = wbits;
            this.xfl = level == 9 ? 2 : level == 1 || strategy == Deflater.HUFFMAN_ONLY ? 4 : 0;
            deflater.setStrategy(strategy);
            if (zdict != null) {
                deflater.setDictionary(zdict);
            }
        }

        byte[] compress(byte[] data) {
            if (finished) {
                throw new Failure(Z_STREAM_ERROR, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (data.length > 0) {
                start(out);
                crc.update(data);
                size += data.length;
                deflater.setInput(data);
                drain(out, Deflater.NO_FLUSH);
            }
            return out.toByteArray();
        }

        byte[] flush(int mode) {
            if (mode == Z_NO_FLUSH) {
                return EMPTY;
            }
            if (finished) {
                throw new Failure(Z_STREAM_ERROR, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            start(out);
            if (mode == Z_FINISH) {
                deflater.finish();
                drain(out, Deflater.NO_FLUSH);
                if (wbits > 15) {
                    writeInt(out, crc.getValue());
                    writeInt(out, size);
                }
                deflater.end();
                finished = true;
            } else {
                drain(out, mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
            }
            return out.toByteArray();
        }

        /** The gzip header, before the first byte of output (zlib writes its 2-byte header itself). */
        private void start(ByteArrayOutputStream out) {
            if (!started && wbits > 15) {
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            started = true;
        }

        private void drain(ByteArrayOutputStream out, int flush) {
            byte[] buffer = new byte[DEF_BUF_SIZE];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput() && !deflater.finished());
        }

        private static void writeInt(ByteArrayOutputStream out, long v) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (v >>> (8 * i)) & 0xFF);
            }
        }
    }

    /** The compression window java.util.zip offers: 15 (zlib), -15 (raw) or 31 (gzip); null for others. */
    private static int deflateWbits(long wbits, Supplier<PythonException> invalid) {
        if (wbits == 15 || wbits == -15 || wbits == 31) {
            return (int) wbits;
        }
        if (wbits >= 8 && wbits <= 15 || wbits >= -15 && wbits <= -8 || wbits >= 24 && wbits <= 31) {
            throw PyErrors.valueError("the model's zlib compresses with wbits 15, -15 or 31 only: "
                    + "java.util.zip has no other window size");
        }
        throw invalid.get();
    }

    private static PyObject compress(InterpreterState interp, Args args) {
        PyObject[] a = args.bindPositionalOnly("compress", 1, 1, 3, "data", "level", "wbits");
        ThreadState ts = args.thread();
        byte[] data = Buffers.bytesLike(a[0]);
        long level = a[1] == null ? -1 : intArg(ts, a[1]);
        long wbits = a[2] == null ? 15 : intArg(ts, a[2]);
        if (level < -1 || level > 9) {
            throw PyErrors.raise(ERROR, "Bad compression level");
        }
        int window = deflateWbits(wbits, () -> PyErrors.raise(ERROR, "Bad compression level"));
        Deflate deflate = new Deflate((int) level, window, Deflater.DEFAULT_STRATEGY, null);
        byte[] out = locked(interp, ts, new ReentrantLock(), "while compressing data", () -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(deflate.compress(data));
            all.writeBytes(deflate.flush(Z_FINISH));
            return all.toByteArray();
        });
        return new PyBytes(ts, out, false);
    }

    /** A zlib.Compress object: a Deflate and the lock threads take turns on. */
    private static final class Compress extends PyInstance {
        final Deflate deflate;
        final ReentrantLock lock = new ReentrantLock();

        Compress(ThreadState ts, PyType type, Deflate deflate) {
            super(ts, type);
            this.deflate = deflate;
        }
    }

    private static PyType compressType(InterpreterState interp) {
        return PyType.builder("zlib.Compress")
                .method("compress", (self, args) -> {
                    Compress c = (Compress) self;
                    byte[] data = Buffers.bytesLike(args.bindPositionalOnly("compress", 1, 1, 1, "data")[0]);
                    return new PyBytes(args.thread(), locked(interp, args.thread(), c.lock, "while compressing data",
                            () -> c.deflate.compress(data)), false);
                })
                .method("flush", (self, args) -> {
                    Compress c = (Compress) self;
                    args.checkPositional("flush", "flush", 0, 1);
                    long mode = args.size() == 0 ? Z_FINISH : intArg(args.thread(), args.get(0));
                    if (mode != Z_NO_FLUSH && mode != Z_SYNC_FLUSH && mode != Z_FULL_FLUSH && mode != Z_FINISH) {
                        throw PyErrors.valueError("the model's zlib flushes with Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH "
                                + "or Z_FINISH only: java.util.zip has no other mode");
                    }
                    return new PyBytes(args.thread(), locked(interp, args.thread(), c.lock, "while flushing",
                            () -> c.deflate.flush((int) mode)), false);
                })
                .build();
    }

    private static PyObject compressobj(Args args, PyType type) {
        PyObject[] a = args.bind("compressobj", 0, 6, "level", "method", "wbits", "memLevel", "strategy", "zdict");
        ThreadState ts = args.thread();
        long level = a[0] == null ? -1 : intArg(ts, a[0]);
        long method = a[1] == null ? 8 : intArg(ts, a[1]);
        long wbits = a[2] == null ? 15 : intArg(ts, a[2]);
        long memLevel = a[3] == null ? 8 : intArg(ts, a[3]);
        long strategy = a[4] == null ? 0 : intArg(ts, a[4]);
        byte[] zdict = a[5] == null ? null : Buffers.bytesLike(a[5], "zdict argument must support the buffer protocol");
        if (level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
            throw PyErrors.valueError("Invalid initialization option");
        }
        int window = deflateWbits(wbits, () -> PyErrors.valueError("Invalid initialization option"));
        if (memLevel != 8 || strategy > 2) {
            throw PyErrors.valueError("the model's zlib takes memLevel 8 and strategies Z_DEFAULT_STRATEGY, Z_FILTERED "
                    + "and Z_HUFFMAN_ONLY only: java.util.zip has no others");
        }
        return new Compress(ts, type, new Deflate((int) level, window, (int) strategy, zdict));
    }

    // ---- decompression ----

    private enum Format { ZLIB, RAW, GZIP, AUTO }

    /** inflateInit2's windowBits: 0 or 8..15 zlib, -8..-15 raw, +16 gzip, +32 either; null when invalid. */
    private static Format inflateFormat(long wbits) {
        if (wbits == 0 || wbits >= 8 && wbits <= 15) {
            return Format.ZLIB;
        }
        if (wbits >= -15 && wbits <= -8) {
            return Format.RAW;
        }
        if (wbits == 16 || wbits >= 24 && wbits <= 31) {
            return Format.GZIP;
        }
        if (wbits == 32 || wbits >= 40 && wbits <= 47) {
            return Format.AUTO;
        }
        return null;
    }

    private enum Stage { HEADER, BODY, TRAILER, END }

    /** An inflate stream: a gzip member's header and trailer are read here, its body (and all else) by zlib. */
    private static final class Inflate {
        private Format format;
        private final byte[] zdict;
        private Inflater inflater;
        private Stage stage = Stage.HEADER;
        /** Bytes of a gzip header or trailer that has not arrived whole yet. */
        private byte[] pending = EMPTY;
        private final CRC32 crc = new CRC32();
        private long size;
        byte[] unusedData = EMPTY;
        byte[] unconsumedTail = EMPTY;

        Inflate(Format format, byte[] zdict) {
            this.format = format;
            this.zdict = zdict;
        }

        boolean eof() {
            return stage == Stage.END;
        }

        /** Inflates {@code input} into {@code out}, at most {@code max} bytes in all (0: no limit). */
        void inflate(byte[] input, int max, ByteArrayOutputStream out) {
            unconsumedTail = EMPTY;
            if (stage == Stage.HEADER) {
                pending = concat(pending, input);
                input = EMPTY;
                int header = headerLength();
                if (header < 0) {
                    return;
                }
                input = Arrays.copyOfRange(pending, header, pending.length);
                pending = EMPTY;
                inflater = new Inflater(format != Format.ZLIB);
                if (format == Format.RAW && zdict != null) {
                    inflater.setDictionary(zdict);
                }
                stage = Stage.BODY;
            }
            if (stage == Stage.BODY) {
                input = body(input, max, out);
                if (stage == Stage.BODY) {
                    unconsumedTail = input;
                    return;
                }
            }
            if (stage == Stage.TRAILER) {
                pending = concat(pending, input);
                input = EMPTY;
                if (pending.length < 8) {
                    return;
                }
                if (readInt(pending, 0) != crc.getValue()) {
                    throw new Failure(Z_DATA_ERROR, "incorrect data check");
                }
                if (readInt(pending, 4) != (size & 0xFFFFFFFFL)) {
                    throw new Failure(Z_DATA_ERROR, "incorrect length check");
                }
                input = Arrays.copyOfRange(pending, 8, pending.length);
                pending = EMPTY;
                stage = Stage.END;
            }
            unusedData = concat(unusedData, input);
        }

        /** zlib's part: returns the input it did not use (after the stream's end, or beyond {@code max}). */
        private byte[] body(byte[] input, int max, ByteArrayOutputStream out) {
            inflater.setInput(input);
            byte[] buffer = new byte[DEF_BUF_SIZE];
            while (max == 0 || out.size() < max) {
                int n;
                try {
                    n = inflater.inflate(buffer, 0, max == 0 ? buffer.length : Math.min(buffer.length, max - out.size()));
                } catch (DataFormatException e) {
                    throw new Failure(Z_DATA_ERROR, e.getMessage());
                }
                out.write(buffer, 0, n);
                if (format == Format.GZIP) {
                    crc.update(buffer, 0, n);
                    size += n;
                }
                if (inflater.finished()) {
                    stage = format == Format.GZIP ? Stage.TRAILER : Stage.END;
                    break;
                }
                if (n == 0 && inflater.needsDictionary()) {
                    if (zdict == null) {
                        throw new Failure(2, null);
                    }
                    inflater.setDictionary(zdict);
                } else if (n == 0 && inflater.needsInput()) {
                    break;
                }
            }
            int remaining = inflater.getRemaining();
            if (stage != Stage.BODY) {
                inflater.end();
            }
            return Arrays.copyOfRange(input, input.length - remaining, input.length);
        }

        /** How long the header in {@code pending} is (0 for zlib and raw streams), or -1 while it is incomplete. */
        private int headerLength() {
            if (format == Format.AUTO) {
                if (pending.length < 2) {
                    return -1;
                }
                format = (pending[0] & 0xFF) == 0x1f && (pending[1] & 0xFF) == 0x8b ? Format.GZIP : Format.ZLIB;
            }
            if (format != Format.GZIP) {
                return 0;
            }
            if (pending.length < 10) {
                return checkedMagic(-1);
            }
            checkedMagic(0);
            if (pending[2] != 8) {
                throw new Failure(Z_DATA_ERROR, "unknown compression method");
            }
            int flags = pending[3] & 0xFF;
            int at = 10;
            if ((flags & 4) != 0) { // FEXTRA: a length, then that many bytes
                if (pending.length < at + 2) {
                    return -1;
                }
                at += 2 + ((pending[at] & 0xFF) | (pending[at + 1] & 0xFF) << 8);
            }
            for (int zeroTerminated : new int[] {8, 16}) { // FNAME, FCOMMENT
                if ((flags & zeroTerminated) != 0) {
                    while (at < pending.length && pending[at] != 0) {
                        at++;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) { // FHCRC
                at += 2;
            }
            return at <= pending.length ? at : -1;
        }

        private int checkedMagic(int result) {
            if (pending.length > 0 && (pending[0] & 0xFF) != 0x1f || pending.length > 1 && (pending[1] & 0xFF) != 0x8b) {
                throw new Failure(Z_DATA_ERROR, "incorrect header check");
            }
            return result;
        }

        private static long readInt(byte[] b, int at) {
            long v = 0;
            for (int i = 3; i >= 0; i--) {
                v = v << 8 | (b[at + i] & 0xFF);
            }
            return v;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Format checkedFormat(long wbits, String action) {
        Format format = inflateFormat(wbits);
        if (format == null) {
            throw error(new Failure(Z_STREAM_ERROR, null), action);
        }
        return format;
    }

    private static PyObject decompress(InterpreterState interp, Args args) {
        PyObject[] a = args.bindPositionalOnly("decompress", 1, 1, 3, "data", "wbits", "bufsize");
        ThreadState ts = args.thread();
        byte[] data = Buffers.bytesLike(a[0]);
        long wbits = a[1] == null ? 15 : intArg(ts, a[1]);
        if (a[2] != null && Clinic.ssize(ts, a[2]) < 0) {
            throw PyErrors.valueError("bufsize must be non-negative");
        }
        Inflate inflate = new Inflate(checkedFormat(wbits, "while preparing to decompress data"), null);
        byte[] out = locked(interp, ts, new ReentrantLock(), "while decompressing data", () -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            inflate.inflate(data, 0, all);
            if (!inflate.eof()) {
                throw new Failure(Z_BUF_ERROR, null);
            }
            return all.toByteArray();
        });
        return new PyBytes(ts, out, false);
    }

    /** A zlib.Decompress object. */
    private static final class Decompress extends PyInstance {
        final Inflate inflate;
        final ReentrantLock lock = new ReentrantLock();

        Decompress(ThreadState ts, PyType type, Inflate inflate) {
            super(ts, type);
            this.inflate = inflate;
        }

        PyObject run(InterpreterState interp, ThreadState ts, byte[] data, int max) {
            return new PyBytes(ts, locked(interp, ts, lock, "while decompressing data", () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                inflate.inflate(data, max, out);
                return out.toByteArray();
            }), false);
        }
    }

    private static PyType decompressType(InterpreterState interp) {
        return PyType.builder("zlib.Decompress")
                .method("decompress", (self, args) -> {
                    PyObject[] a = args.bindPositionalOnly("decompress", 1, 1, 2, "data", "max_length");
                    byte[] data = Buffers.bytesLike(a[0]);
                    long max = a[1] == null ? 0 : Clinic.ssize(args.thread(), a[1]);
                    if (max < 0) {
                        throw PyErrors.valueError("max_length must be non-negative");
                    }
                    return ((Decompress) self).run(interp, args.thread(), data, (int) Math.min(max, Integer.MAX_VALUE));
                })
                .method("flush", (self, args) -> {
                    args.checkPositional("flush", "flush", 0, 1);
                    if (args.size() == 1 && Clinic.ssize(args.thread(), args.get(0)) <= 0) {
                        throw PyErrors.valueError("length must be greater than zero");
                    }
                    Decompress d = (Decompress) self;
                    return d.run(interp, args.thread(), d.inflate.unconsumedTail, 0);
                })
                .getter("unused_data", (ts, self) -> new PyBytes(ts, ((Decompress) self).inflate.unusedData, false))
                .getter("unconsumed_tail", (ts, self) -> new PyBytes(ts, ((Decompress) self).inflate.unconsumedTail, false))
                .getter("eof", (ts, self) -> PyBool.of(((Decompress) self).inflate.eof()))
                .build();
    }

    private static PyObject decompressobj(Args args, PyType type) {
        PyObject[] a = args.bind("decompressobj", 0, 2, "wbits", "zdict");
        long wbits = a[0] == null ? 15 : intArg(args.thread(), a[0]);
        if (a[1] != null && !(a[1] instanceof PyBytes)) {
            throw PyErrors.typeError("zdict argument must support the buffer protocol");
        }
        byte[] zdict = a[1] == null ? null : ((PyBytes) a[1]).value();
        Format format = inflateFormat(wbits);
        if (format == null) {
            throw PyErrors.valueError("Invalid initialization option");
        }
        return new Decompress(args.thread(), type, new Inflate(format, zdict));
    }

    // ---- checksums and the module ----

    /** An int argument (a C int): an int or __index__, else CPython's TypeError. */
    private static long intArg(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        return Clinic.ssize(ts, o);
    }

    /** An unsigned int argument taken modulo 2**32 (Argument Clinic's unsigned_int(bitwise=True)). */
    static long uint32(ThreadState ts, PyObject o) {
        return Clinic.integer(ts, o, () -> PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer"))
                .longValue() & 0xFFFFFFFFL;
    }

    private interface Checksum {
        long compute(byte[] data, long start);
    }

    private static PyObject checksum(InterpreterState interp, Args args, String name, long initial, Checksum checksum) {
        args.checkPositional(name, "zlib." + name, 1, 2);
        ThreadState ts = args.thread();
        byte[] data = Buffers.bytesLike(args.get(0));
        long start = args.size() == 2 ? uint32(ts, args.get(1)) : initial;
        long value = data.length > 5 * 1024
                ? interp.allowThreads(ts, () -> checksum.compute(data, start))
                : checksum.compute(data, start);
        return PyInt.of(ts, value);
    }

    static PyModule create(InterpreterState interp) {
        PyType compress = compressType(interp);
        PyType decompress = decompressType(interp);
        PyModule m = new PyModule("zlib", true)
                .add("error", ERROR)
                .add("Compress", compress)
                .add("Decompress", decompress)
                .function("compress", args -> compress(interp, args))
                .function("decompress", args -> decompress(interp, args))
                .function("compressobj", args -> compressobj(args, compress))
                .function("decompressobj", args -> decompressobj(args, decompress))
                .function("crc32", args -> checksum(interp, args, "crc32", 0, Checksums::crc32))
                .function("adler32", args -> checksum(interp, args, "adler32", 1, Checksums::adler32));
        Object[] constants = {"MAX_WBITS", 15, "DEFLATED", 8, "DEF_MEM_LEVEL", 8, "DEF_BUF_SIZE", DEF_BUF_SIZE,
            "Z_NO_COMPRESSION", 0, "Z_BEST_SPEED", 1, "Z_BEST_COMPRESSION", 9, "Z_DEFAULT_COMPRESSION", -1,
            "Z_FILTERED", 1, "Z_HUFFMAN_ONLY", 2, "Z_RLE", 3, "Z_FIXED", 4, "Z_DEFAULT_STRATEGY", 0,
            "Z_NO_FLUSH", 0, "Z_PARTIAL_FLUSH", 1, "Z_SYNC_FLUSH", 2, "Z_FULL_FLUSH", 3, "Z_FINISH", 4, "Z_BLOCK", 5,
            "Z_TREES", 6};
        for (int i = 0; i < constants.length; i += 2) {
            m.add((String) constants[i], PyInt.constant((Integer) constants[i + 1]));
        }
        return m;
    }
}
