package org.gillab.model.lib;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gillab.model.PythonException;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyMemoryView;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * The _struct module (Modules/_struct.c) that Lib/struct.py re-exports: formats compiled once (and
 * cached, as _struct caches them), packing and unpacking with CPython 3.11's sizes, alignment and
 * struct.error messages, native meaning x86-64 Linux (LP64). Written for the model, not copied. It
 * holds the GIL throughout, as _struct does.
 *
 * Deliberate differences: iter_unpack returns an iterator over a list of the tuples (not a lazy
 * _struct.unpack_iterator); Struct cannot be subclassed.
 */
final class StructModule {
    private StructModule() {}

    static final PyType ERROR = PyType.builder("error").base(PyErrors.EXCEPTION).subclassable()
            .attribute("__module__", PyStr.constant("struct")).build();

    private static PythonException error(String message) {
        return PyErrors.raise(ERROR, message);
    }

    /** One code of a format: its char, how many (a length for s and p), its size and offset. */
    private record Item(char code, int count, int size, int offset) {
        /** How many values it packs: none for padding, one string for s and p, else count. */
        int values() {
            return code == 'x' ? 0 : code == 's' || code == 'p' ? 1 : count;
        }
    }

    /** A compiled format (prepare_s): its items, total size, byte order and whether sizes are native. */
    private record Format(String text, List<Item> items, int size, boolean little, boolean nativeSizes, int values) {
    }

    private static final Map<String, Format> CACHE = new ConcurrentHashMap<>();

    private static Format compile(PyObject format, String function) {
        String text;
        if (format instanceof PyStr s) {
            text = s.value;
        } else if (format instanceof PyBytes b) {
            text = new String(b.value(), StandardCharsets.ISO_8859_1);
        } else {
            throw PyErrors.typeError(function + " argument 1 must be a str or bytes object, not " + format.type().name());
        }
        Format cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        Format compiled = compile(text);
        if (CACHE.size() > 100) { // _struct's cache is bounded the same way
            CACHE.clear();
        }
        CACHE.put(text, compiled);
        return compiled;
    }

    private static Format compile(String text) {
        int i = 0;
        boolean little = true;
        boolean nativeSizes = true;
        if (!text.isEmpty()) {
            switch (text.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> { i = 1; nativeSizes = false; }
                case '>', '!' -> { i = 1; nativeSizes = false; little = false; }
                default -> { }
            }
        }
        List<Item> items = new ArrayList<>();
        long offset = 0;
        int values = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    count = count * 10 + (text.charAt(i++) - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw error("total struct size too long");
                    }
                }
                if (i == text.length()) {
                    throw error("repeat count given without format specifier");
                }
                c = text.charAt(i);
            }
            i++;
            int size = size(c, nativeSizes);
            if (size < 0) {
                throw error("bad char in struct format");
            }
            if (nativeSizes && c != 's' && c != 'p' && c != 'x') {
                offset = (offset + size - 1) / size * size; // native alignment: each item at a multiple of its size
            }
            Item item = new Item(c, (int) count, size, (int) offset);
            offset += (long) size * count;
            if (offset > Integer.MAX_VALUE) {
                throw error("total struct size too long");
            }
            items.add(item);
            values += item.values();
        }
        return new Format(text, List.copyOf(items), (int) offset, little, nativeSizes, values);
    }

    /** A code's size, native (LP64) or standard; -1 for a char that is no code (n, N and P are native only). */
    private static int size(char c, boolean nativeSizes) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeSizes ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeSizes ? 8 : -1;
            default -> -1;
        };
    }

    // ---- packing ----

    private static byte[] pack(ThreadState ts, Format f, List<PyObject> values, String function) {
        if (values.size() != f.values) {
            throw error(function + " expected " + f.values + " items for packing (got " + values.size() + ")");
        }
        byte[] out = new byte[f.size];
        packInto(ts, f, values, out, 0);
        return out;
    }

    private static void packInto(ThreadState ts, Format f, List<PyObject> values, byte[] out, int base) {
        int v = 0;
        for (Item item : f.items) {
            int at = base + item.offset;
            switch (item.code) {
                case 'x' -> { }
                case 's', 'p' -> {
                    PyObject value = values.get(v++);
                    if (!(value instanceof PyBytes b)) {
                        throw error("argument for '" + item.code + "' must be a bytes object");
                    }
                    byte[] bytes = b.value();
                    if (item.code == 's') {
                        System.arraycopy(bytes, 0, out, at, Math.min(bytes.length, item.count));
                    } else if (item.count > 0) {
                        int n = Math.min(bytes.length, item.count - 1);
                        System.arraycopy(bytes, 0, out, at + 1, n);
                        out[at] = (byte) Math.min(n, 255);
                    }
                }
                default -> {
                    for (int k = 0; k < item.count; k++) {
                        packOne(ts, f, item.code, item.size, values.get(v++), out, at + k * item.size);
                    }
                }
            }
        }
    }

    private static void packOne(ThreadState ts, Format f, char code, int size, PyObject value, byte[] out, int at) {
        long bits = switch (code) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.type() != Types.BYTES || b.length() != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                yield b.value()[0];
            }
            case '?' -> Ops.truthy(ts, value) ? 1 : 0;
            case 'e' -> Half.pack(real(value, code));
            case 'f' -> {
                double d = real(value, code);
                float x = (float) d;
                if (!f.nativeSizes && Float.isInfinite(x) && !Double.isInfinite(d)) { // native 'f' is a plain C cast
                    throw PyErrors.overflowError("float too large to pack with f format");
                }
                yield Float.floatToIntBits(x);
            }
            case 'd' -> Double.doubleToLongBits(real(value, code));
            default -> integer(ts, code, size, value);
        };
        for (int i = 0; i < size; i++) {
            out[at + (f.little ? i : size - 1 - i)] = (byte) (bits >>> (8 * i));
        }
    }

    private static double real(PyObject value, char code) {
        Double d = Numbers.asDouble(value);
        if (d == null) {
            throw error("required argument is not a float");
        }
        if (code == 'e' && Math.abs(d) >= 65520.0 && !Double.isInfinite(d)) {
            throw PyErrors.overflowError("float too large to pack with e format");
        }
        return d;
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * An integer code's value, in range or struct.error as _struct words it: "argument out of range" beyond
     * what the C type it is read as holds (a long for b, B, h, H and the signed codes, an unsigned long
     * for the other unsigned ones), else the code's own range.
     */
    private static long integer(ThreadState ts, char code, int size, PyObject value) {
        BigInteger x = Clinic.integer(ts, value, () -> error("required argument is not an integer"));
        boolean unsigned = Character.isUpperCase(code) || code == 'P';
        boolean readAsLong = !unsigned || code == 'B' || code == 'H';
        if (readAsLong ? x.compareTo(LONG_MIN) < 0 || x.compareTo(LONG_MAX) > 0 : x.signum() < 0 || x.compareTo(ULONG_MAX) > 0) {
            throw error("argument out of range");
        }
        if (size < 8) {
            BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(8 * size - 1).negate();
            BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE) : lo.negate().subtract(BigInteger.ONE);
            if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                String range = lo + " <= number <= " + hi;
                throw error(switch (code) {
                    case 'b' -> "byte format requires " + range;
                    case 'B' -> "ubyte format requires " + range;
                    case 'h' -> "short format requires " + range;
                    case 'H' -> "ushort format requires " + range;
                    default -> "'" + code + "' format requires " + range;
                });
            }
        }
        return x.longValue();
    }

    // ---- unpacking ----

    private static PyTuple unpack(ThreadState ts, Format f, byte[] data, int base) {
        PyObject[] out = new PyObject[f.values];
        int v = 0;
        for (Item item : f.items) {
            int at = base + item.offset;
            switch (item.code) {
                case 'x' -> { }
                case 's' -> out[v++] = new PyBytes(ts, Arrays.copyOfRange(data, at, at + item.count), false);
                case 'p' -> {
                    int n = item.count == 0 ? 0 : Math.min(data[at] & 0xFF, item.count - 1);
                    out[v++] = new PyBytes(ts, Arrays.copyOfRange(data, at + 1, at + 1 + n), false);
                }
                default -> {
                    for (int k = 0; k < item.count; k++) {
                        out[v++] = unpackOne(ts, f, item.code, item.size, data, at + k * item.size);
                    }
                }
            }
        }
        return new PyTuple(ts, out);
    }

    private static PyObject unpackOne(ThreadState ts, Format f, char code, int size, byte[] data, int at) {
        long bits = 0;
        for (int i = size - 1; i >= 0; i--) {
            bits = bits << 8 | (data[at + (f.little ? i : size - 1 - i)] & 0xFF);
        }
        return switch (code) {
            case 'c' -> new PyBytes(ts, new byte[] {(byte) bits}, false);
            case '?' -> PyBool.of(bits != 0);
            case 'e' -> new PyFloat(ts, Half.unpack((int) bits));
            case 'f' -> new PyFloat(ts, Float.intBitsToFloat((int) bits));
            case 'd' -> new PyFloat(ts, Double.longBitsToDouble(bits));
            default -> {
                boolean unsigned = Character.isUpperCase(code) || code == 'P';
                if (size < 8) {
                    int shift = 64 - 8 * size;
                    yield PyInt.of(ts, unsigned ? bits : bits << shift >> shift);
                }
                yield unsigned && bits < 0 ? PyInt.of(ts, new BigInteger(Long.toUnsignedString(bits))) : PyInt.of(ts, bits);
            }
        };
    }

    /** IEEE 754 binary16, rounded half to even (PyFloat_Pack2 / PyFloat_Unpack2). */
    private static final class Half {
        static long pack(double d) {
            int sign = Double.doubleToRawLongBits(d) < 0 ? 0x8000 : 0;
            double x = Math.abs(d);
            if (Double.isNaN(d)) {
                return sign | 0x7e00;
            }
            if (Double.isInfinite(x)) {
                return sign | 0x7c00;
            }
            int e = Math.getExponent(x);
            if (e < -14) { // subnormal: units of 2**-24; a result of 1024 is the smallest normal, as encoded
                return sign | (long) Math.rint(Math.scalb(x, 24));
            }
            long mantissa = (long) Math.rint((Math.scalb(x, -e) - 1) * 1024);
            if (mantissa == 1024) {
                mantissa = 0;
                e++;
            }
            return sign | (long) (e + 15) << 10 | mantissa;
        }

        static double unpack(int bits) {
            double sign = (bits & 0x8000) != 0 ? -1 : 1;
            int e = (bits >>> 10) & 0x1f;
            int m = bits & 0x3ff;
            if (e == 0x1f) {
                return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
            }
            return e == 0 ? sign * Math.scalb((double) m, -24) : sign * Math.scalb(1024.0 + m, e - 25);
        }
    }

    // ---- the functions and the Struct type ----

    private static byte[] buffer(PyObject o) {
        return Buffers.bytesLike(o);
    }

    private static PyTuple unpackAll(ThreadState ts, Format f, PyObject buffer) {
        byte[] data = buffer(buffer);
        if (data.length != f.size) {
            throw error("unpack requires a buffer of " + f.size + " bytes");
        }
        return unpack(ts, f, data, 0);
    }

    private static PyTuple unpackFrom(ThreadState ts, Format f, PyObject buffer, PyObject offsetArg) {
        byte[] data = buffer(buffer);
        long offset = offsetArg == null ? 0 : Clinic.ssize(ts, offsetArg);
        if (offset < 0) {
            if (offset + data.length < 0) {
                throw error("offset " + offset + " out of range for " + data.length + "-byte buffer");
            }
            offset += data.length;
        }
        if (data.length - offset < f.size) {
            throw error("unpack_from requires a buffer of at least " + (f.size + offset) + " bytes for unpacking "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + data.length + ")");
        }
        return unpack(ts, f, data, (int) offset);
    }

    private static PyObject packInto(ThreadState ts, Format f, PyObject buffer, PyObject offsetArg, List<PyObject> values) {
        if (values.size() != f.values) {
            throw error("pack_into expected " + f.values + " items for packing (got " + values.size() + ")");
        }
        PyMemoryView target = Buffers.writable(ts, buffer, "argument must be read-write bytes-like object, not "
                + buffer.type().name());
        try {
            packInto(ts, f, values, target, offsetArg);
        } finally {
            ts.decref(target);
        }
        return PyNone.NONE;
    }

    private static void packInto(ThreadState ts, Format f, List<PyObject> values, PyMemoryView target, PyObject offsetArg) {
        int length = target.nbytes();
        long offset = Clinic.ssize(ts, offsetArg);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error("no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + length < 0) {
                throw error("offset " + offset + " out of range for " + length + "-byte buffer");
            }
            offset += length;
        }
        if (length - offset < f.size) {
            throw error("pack_into requires a buffer of at least " + (f.size + offset) + " bytes for packing " + f.size
                    + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
        }
        byte[] packed = new byte[f.size];
        packInto(ts, f, values, packed, 0);
        target.write((int) offset, packed);
    }

    private static PyObject iterUnpack(ThreadState ts, Format f, PyObject buffer) {
        byte[] data = buffer(buffer);
        if (f.size == 0) {
            throw error("cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % f.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        PyList tuples = new PyList(ts);
        try {
            for (int at = 0; at < data.length; at += f.size) {
                tuples.appendOwned(unpack(ts, f, data, at));
            }
            return Ops.iter(ts, tuples);
        } finally {
            ts.decref(tuples);
        }
    }

    /** A struct.Struct: its compiled format. */
    private static final class Struct extends PyInstance {
        final Format format;

        Struct(ThreadState ts, PyType type, Format format) {
            super(ts, type);
            this.format = format;
        }
    }

    private static final PyType STRUCT = PyType.builder("_struct.Struct")
            .newInstance((cls, args) -> {
                PyObject[] a = args.bind("Struct", 1, 1, "format");
                return new Struct(args.thread(), cls, compile(a[0], "Struct()"));
            })
            .method("pack", (self, args) -> new PyBytes(args.thread(),
                    pack(args.thread(), ((Struct) self).format, args.positional(), "pack"), false))
            .method("unpack", (self, args) -> unpackAll(args.thread(), ((Struct) self).format, args.oneArg("unpack")))
            .method("unpack_from", (self, args) -> {
                PyObject[] a = args.bind("unpack_from", 1, 2, "buffer", "offset");
                return unpackFrom(args.thread(), ((Struct) self).format, a[0], a[1]);
            })
            .method("pack_into", (self, args) -> {
                if (args.size() < 2) {
                    throw error(args.size() == 0 ? "pack_into expected buffer argument" : "pack_into expected offset argument");
                }
                return packInto(args.thread(), ((Struct) self).format, args.get(0), args.get(1), args.positional().subList(2, args.size()));
            })
            .method("iter_unpack", (self, args) -> iterUnpack(args.thread(), ((Struct) self).format, args.oneArg("iter_unpack")))
            .getter("format", (ts, self) -> new PyStr(ts, ((Struct) self).format.text))
            .getter("size", (ts, self) -> PyInt.of(ts, ((Struct) self).format.size))
            .build();

    static PyModule create() {
        return new PyModule("_struct", true)
                .add("error", ERROR)
                .add("Struct", STRUCT)
                .function("calcsize", args -> PyInt.of(args.thread(), compile(args.oneArg("calcsize"), "Struct()").size))
                .function("pack", args -> {
                    if (args.size() < 1) {
                        throw PyErrors.typeError("missing format argument");
                    }
                    Format f = compile(args.get(0), "Struct()");
                    return new PyBytes(args.thread(), pack(args.thread(), f, args.positional().subList(1, args.size()), "pack"), false);
                })
                .function("pack_into", args -> {
                    if (args.size() == 0) {
                        throw PyErrors.typeError("missing format argument");
                    }
                    if (args.size() < 3) {
                        throw error(args.size() == 1 ? "pack_into expected buffer argument" : "pack_into expected offset argument");
                    }
                    return packInto(args.thread(), compile(args.get(0), "Struct()"), args.get(1), args.get(2),
                            args.positional().subList(3, args.size()));
                })
                .function("unpack", args -> {
                    args.checkPositional("unpack", "unpack", 2, 2);
                    return unpackAll(args.thread(), compile(args.get(0), "Struct()"), args.get(1));
                })
                .function("unpack_from", args -> {
                    PyObject[] a = args.bind("unpack_from", 2, 3, "format", "buffer", "offset");
                    return unpackFrom(args.thread(), compile(a[0], "Struct()"), a[1], a[2]);
                })
                .function("iter_unpack", args -> {
                    args.checkPositional("iter_unpack", "iter_unpack", 2, 2);
                    return iterUnpack(args.thread(), compile(args.get(0), "Struct()"), args.get(1));
                })
                .function("_clearcache", args -> {
                    CACHE.clear();
                    return PyNone.NONE;
                });
    }
}
