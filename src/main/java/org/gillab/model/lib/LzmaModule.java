package org.gillab.model.lib;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.SingleXZInputStream;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZFormatException;
import org.tukaani.xz.XZOutputStream;

/**
 * The _lzma module (Modules/_lzmamodule.c) over XZ for Java: .xz streams (FORMAT_XZ) and legacy .lzma
 * streams (FORMAT_ALONE), and FORMAT_AUTO telling them apart by the first byte as liblzma's auto decoder
 * does. Written for the model, not copied. Compressing and decompressing run with the GIL released (see
 * {@link CodecObject}).
 *
 * Deliberate differences: XZ for Java is not liblzma, so the compressed bytes differ from CPython's (both
 * decode each other's); FORMAT_RAW, filter chains and PRESET_EXTREME are missing (a ValueError says so); a
 * decompressor may hand out output one call late (see {@link PushDecoder}).
 */
final class LzmaModule {
    private LzmaModule() {}

    static final PyType ERROR = PyType.builder("LZMAError").base(PyErrors.EXCEPTION).subclassable()
            .attribute("__module__", PyStr.constant("_lzma")).build();

    private static final int FORMAT_AUTO = 0;
    private static final int FORMAT_XZ = 1;
    private static final int FORMAT_ALONE = 2;
    private static final int FORMAT_RAW = 3;
    private static final int CHECK_NONE = 0;
    private static final int CHECK_CRC64 = 4;
    private static final int CHECK_ID_MAX = 15;
    private static final int CHECK_UNKNOWN = 16;
    private static final long PRESET_DEFAULT = 6;
    private static final long PRESET_EXTREME = 0x80000000L;

    /** The checks XZ for Java computes: liblzma's CRC32, CRC64 and SHA-256 (and none). */
    private static boolean checkSupported(long check) {
        return check == 0 || check == 1 || check == 4 || check == 10;
    }

    /** The ValueError for what the model leaves out. */
    private static PythonException unsupported(String what) {
        return PyErrors.valueError("the model's lzma has no " + what);
    }

    // ---- compression ----

    private static PyObject newCompressor(PyType cls, Args args) {
        PyObject[] a = args.bind("LZMACompressor", 0, 4, "format", "check", "preset", "filters");
        ThreadState ts = args.thread();
        long format = a[0] == null ? FORMAT_XZ : Clinic.ssize(ts, a[0]);
        long check = a[1] == null ? -1 : Clinic.ssize(ts, a[1]);
        boolean hasPreset = a[2] != null && a[2] != PyNone.NONE;
        boolean hasFilters = a[3] != null && a[3] != PyNone.NONE;
        if (format != FORMAT_XZ && check != -1 && check != CHECK_NONE) {
            throw PyErrors.valueError("Integrity checks are only supported by FORMAT_XZ");
        }
        if (hasPreset && hasFilters) {
            throw PyErrors.valueError("Cannot specify both preset and filter chain");
        }
        if (format == FORMAT_RAW && !hasFilters) {
            throw PyErrors.valueError("Must specify filters for FORMAT_RAW");
        }
        if (format != FORMAT_XZ && format != FORMAT_ALONE && format != FORMAT_RAW) {
            throw PyErrors.valueError("Invalid container format: " + format);
        }
        if (hasFilters) {
            throw unsupported("filter chains");
        }
        long preset = hasPreset ? Clinic.integer(ts, a[2], () -> PyErrors.typeError("'" + a[2].type().name() + "' object cannot be interpreted as an integer")).longValue() & 0xFFFFFFFFL : PRESET_DEFAULT;
        if ((preset & PRESET_EXTREME) != 0) {
            throw unsupported("PRESET_EXTREME");
        }
        if (check == -1) {
            check = format == FORMAT_XZ ? CHECK_CRC64 : CHECK_NONE;
        }
        if (check < 0 || check > CHECK_ID_MAX) {
            throw PyErrors.raise(ERROR, "Internal error");
        }
        if (!checkSupported(check)) {
            throw PyErrors.raise(ERROR, "Unsupported integrity check");
        }
        if (preset > 9) {
            throw PyErrors.raise(ERROR, "Invalid or unsupported options");
        }
        try {
            LZMA2Options options = new LZMA2Options((int) preset);
            int xzCheck = (int) check;
            return new StreamCompressor(ts, cls, format == FORMAT_XZ
                    ? sink -> new XZOutputStream(sink, options, xzCheck)
                    : sink -> new LZMAOutputStream(sink, options, -1));
        } catch (IOException e) {
            throw PyErrors.raise(ERROR, "Invalid or unsupported options");
        }
    }

    private static PyType compressorType(InterpreterState interp) {
        return StreamCompressor.methods(PyType.builder("_lzma.LZMACompressor"), interp)
                .newInstance(LzmaModule::newCompressor)
                .build();
    }

    // ---- decompression ----

    /** _lzma.LZMADecompressor: one .xz or .lzma stream; what follows it is unused_data. */
    private static final class Decompressor extends CodecObject {
        final PushDecoder decoder;
        /** The stream's integrity check, CHECK_UNKNOWN until its header is read. */
        volatile int check = CHECK_UNKNOWN;

        Decompressor(ThreadState ts, PyType type, int format, int memlimitKiB) {
            super(ts, type);
            decoder = new PushDecoder(in -> open(in, format, memlimitKiB));
        }

        private InputStream open(InputStream in, int format, int memlimitKiB) throws IOException {
            if (format == FORMAT_AUTO) {
                PushbackInputStream peek = new PushbackInputStream(in, 1);
                int first = peek.read();
                peek.unread(first);
                return open(peek, first == 0xFD ? FORMAT_XZ : FORMAT_ALONE, memlimitKiB);
            }
            if (format == FORMAT_XZ) {
                SingleXZInputStream xz = new SingleXZInputStream(in, memlimitKiB);
                check = xz.getCheckType();
                return xz;
            }
            InputStream alone = openAlone(in, memlimitKiB);
            check = CHECK_NONE;
            return alone;
        }

        @Override
        protected void release(ThreadState ts) {
            decoder.close();
            super.release(ts);
        }
    }

    /**
     * A .lzma stream, its 13-byte header checked as strictly as liblzma's alone decoder checks it (what is
     * not a plausible header is not this format): lc + lp at most 4, a dictionary size of 2^n or 2^n + 2^(n-1),
     * an uncompressed size unknown or below 2^38. Each field is checked as soon as it arrives.
     */
    private static InputStream openAlone(InputStream in, int memlimitKiB) throws IOException {
        int props = in.read();
        int lc = props % 9;
        int lp = props / 9 % 5;
        if (props > 224 || lc + lp > 4) {
            throw new XZFormatException();
        }
        int dictSize = (int) readLittleEndian(in, 4);
        int high = Integer.highestOneBit(dictSize);
        if (dictSize != high && dictSize != high + (high >>> 1)) {
            throw new XZFormatException();
        }
        long size = readLittleEndian(in, 8);
        if (size != -1 && (size >>> 38) != 0) {
            throw new XZFormatException();
        }
        if (memlimitKiB >= 0 && LZMAInputStream.getMemoryUsage(dictSize, lc, lp) > memlimitKiB) {
            throw new MemoryLimitException(LZMAInputStream.getMemoryUsage(dictSize, lc, lp), memlimitKiB);
        }
        return new LZMAInputStream(in, size, (byte) props, dictSize);
    }

    private static long readLittleEndian(InputStream in, int bytes) throws IOException {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v |= (long) in.read() << (8 * i);
        }
        return v;
    }

    /** catch_lzma_error: liblzma's return codes as XZ for Java's exceptions show them. */
    private static String message(Exception e) {
        if (e instanceof MemoryLimitException) {
            return "Memory usage limit exceeded";
        }
        if (e instanceof XZFormatException) {
            return "Input format not supported by decoder";
        }
        if (e instanceof UnsupportedOptionsException) {
            return "Invalid or unsupported options";
        }
        return "Corrupt input data";
    }

    private static PyObject newDecompressor(PyType cls, Args args) {
        PyObject[] a = args.bind("LZMADecompressor", 0, 3, "format", "memlimit", "filters");
        ThreadState ts = args.thread();
        long format = a[0] == null ? FORMAT_AUTO : Clinic.ssize(ts, a[0]);
        boolean hasMemlimit = a[1] != null && a[1] != PyNone.NONE;
        boolean hasFilters = a[2] != null && a[2] != PyNone.NONE;
        if (hasMemlimit && format == FORMAT_RAW) {
            throw PyErrors.valueError("Cannot specify memory limit with FORMAT_RAW");
        }
        if (format == FORMAT_RAW && !hasFilters) {
            throw PyErrors.valueError("Must specify filters for FORMAT_RAW");
        }
        if (format < FORMAT_AUTO || format > FORMAT_RAW) {
            throw PyErrors.valueError("Invalid container format: " + format);
        }
        if (hasFilters && format != FORMAT_RAW) {
            throw PyErrors.valueError("Cannot specify filters except with FORMAT_RAW");
        }
        if (hasFilters) {
            throw unsupported("FORMAT_RAW");
        }
        // XZ for Java counts memory in KiB, -1 for no limit
        int memlimitKiB = hasMemlimit ? (int) Math.min(Integer.MAX_VALUE, Clinic.ssize(ts, a[1]) / 1024) : -1;
        return new Decompressor(ts, cls, (int) format, memlimitKiB);
    }

    private static PyType decompressorType(InterpreterState interp) {
        return PyType.builder("_lzma.LZMADecompressor")
                .newInstance(LzmaModule::newDecompressor)
                .method("decompress", (self, args) -> {
                    PyObject[] a = args.bind("decompress", 1, 2, "data", "max_length");
                    ThreadState ts = args.thread();
                    byte[] data = Buffers.bytesLike(a[0]);
                    long max = a[1] == null ? -1 : Clinic.ssize(ts, a[1]);
                    Decompressor d = (Decompressor) self;
                    if (d.decoder.eof()) {
                        throw PyErrors.raise(PyErrors.EOF_ERROR, "Already at end of stream");
                    }
                    try {
                        return new PyBytes(ts, d.locked(interp, ts, () -> d.decoder.decompress(data, max)), false);
                    } catch (PushDecoder.Failure f) {
                        throw PyErrors.raise(ERROR, message(f.cause));
                    }
                })
                .getter("check", (ts, self) -> PyInt.of(ts, ((Decompressor) self).check))
                .getter("eof", (ts, self) -> PyBool.of(((Decompressor) self).decoder.eof()))
                .getter("needs_input", (ts, self) -> PyBool.of(((Decompressor) self).decoder.needsInput()))
                .getter("unused_data", (ts, self) -> new PyBytes(ts, ((Decompressor) self).decoder.unusedData(), false))
                .build();
    }

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_lzma", true)
                .add("LZMAError", ERROR)
                .add("LZMACompressor", compressorType(interp))
                .add("LZMADecompressor", decompressorType(interp))
                .function("is_check_supported", args -> PyBool.of(checkSupported(Clinic.ssize(args.thread(), args.oneArg("is_check_supported")))));
        Object[] constants = {"FORMAT_AUTO", FORMAT_AUTO, "FORMAT_XZ", FORMAT_XZ, "FORMAT_ALONE", FORMAT_ALONE,
            "FORMAT_RAW", FORMAT_RAW, "CHECK_NONE", CHECK_NONE, "CHECK_CRC32", 1, "CHECK_CRC64", CHECK_CRC64,
            "CHECK_SHA256", 10, "CHECK_ID_MAX", CHECK_ID_MAX, "CHECK_UNKNOWN", CHECK_UNKNOWN,
            "PRESET_DEFAULT", PRESET_DEFAULT, "PRESET_EXTREME", PRESET_EXTREME, "FILTER_LZMA1", 0x4000000000000001L,
            "FILTER_LZMA2", 0x21, "FILTER_DELTA", 3, "FILTER_X86", 4, "FILTER_POWERPC", 5, "FILTER_IA64", 6,
            "FILTER_ARM", 7, "FILTER_ARMTHUMB", 8, "FILTER_SPARC", 9, "MF_HC3", 0x03, "MF_HC4", 0x04, "MF_BT2", 0x12,
            "MF_BT3", 0x13, "MF_BT4", 0x14, "MODE_FAST", 1, "MODE_NORMAL", 2};
        for (int i = 0; i < constants.length; i += 2) {
            m.add((String) constants[i], PyInt.constant(((Number) constants[i + 1]).longValue()));
        }
        return m;
    }
}
