package org.gillab.model.object;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.gillab.model.compile.StringRepr;

/**
 * bytes (immutable) and bytearray (mutable) (Objects/bytesobject.c, bytearrayobject.c): a byte array,
 * indexed as ints 0..255, printed as b'...'. The basics programs use: construction, slicing,
 * concatenation, decode, comparison; the rest of their methods live in {@link Methods#bytes}.
 */
public final class PyBytes extends PyObject {
    final boolean mutable;
    private byte[] value;

    public PyBytes(ThreadState ts, byte[] value, boolean mutable) {
        super(ts);
        this.value = value;
        this.mutable = mutable;
    }

    private PyBytes(byte[] value) {
        this.value = value;
        this.mutable = false;
    }

    /** An immortal bytes object (a code constant). */
    public static PyBytes constant(byte[] value) {
        return new PyBytes(value);
    }

    /** The bytes (a copy for a bytearray, which may change). */
    public synchronized byte[] value() {
        return mutable ? value.clone() : value;
    }

    public synchronized int length() {
        return value.length;
    }

    /** bytes(x) / bytes(str, encoding): from an int (zeros), an iterable of ints, a str, or bytes. */
    static PyObject construct(Args args) {
        return new PyBytes(args.thread(), bytesOf(args, "bytes"), false);
    }

    static PyObject constructArray(Args args) {
        return new PyBytes(args.thread(), bytesOf(args, "bytearray"), true);
    }

    private static byte[] bytesOf(Args args, String name) {
        PyObject[] a = args.bind(name, 0, "source", "encoding", "errors");
        ThreadState ts = args.thread();
        PyObject source = a[0];
        if (source == null) {
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (a[1] == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return encode(s.value, a[1].str(), a[2] == null ? "strict" : a[2].str());
        }
        if (source instanceof PyBytes b) {
            return b.value().clone();
        }
        PyInt n = Numbers.asInt(source);
        if (n != null) {
            long size = Convert.toLong(n, name);
            if (size < 0) {
                throw PyErrors.valueError("negative count");
            }
            return new byte[(int) size];
        }
        List<PyObject> items = Ops.toList(ts, source);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toByte(items.get(i));
            ts.decref(items.get(i));
        }
        return out;
    }

    static byte toByte(PyObject o) {
        PyInt i = Numbers.asInt(o);
        if (i == null) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (byte) i.value;
    }

    /** str.encode(encoding, errors). */
    static byte[] encode(String s, String encoding, String errors) {
        Charset charset = charset(encoding);
        try {
            var encoder = charset.newEncoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors));
            if (errors.equals("replace")) {
                encoder.replaceWith(new byte[] {'?'});
            }
            var buffer = encoder.encode(java.nio.CharBuffer.wrap(s));
            return Arrays.copyOf(buffer.array(), buffer.limit());
        } catch (CharacterCodingException e) {
            throw PyErrors.raise(PyErrors.UNICODE_ENCODE_ERROR, "'" + encoding + "' codec can't encode character");
        }
    }

    /** bytes.decode(encoding, errors). */
    public String decode(String encoding, String errors) {
        Charset charset = charset(encoding);
        try {
            return charset.newDecoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors))
                    .decode(java.nio.ByteBuffer.wrap(value())).toString();
        } catch (CharacterCodingException e) {
            throw PyErrors.raise(PyErrors.UNICODE_DECODE_ERROR, "'" + encoding + "' codec can't decode bytes");
        }
    }

    private static CodingErrorAction action(String errors) {
        return switch (errors) {
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> CodingErrorAction.REPORT;
        };
    }

    private static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> {
                try {
                    yield Charset.forName(encoding);
                } catch (RuntimeException unknown) {
                    throw PyErrors.raise(PyErrors.LOOKUP_ERROR, "unknown encoding: " + encoding);
                }
            }
        };
    }

    PyObject concat(ThreadState ts, PyBytes other) {
        byte[] a = value();
        byte[] b = other.value();
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return new PyBytes(ts, out, mutable);
    }

    PyObject repeat(ThreadState ts, int n) {
        byte[] a = value();
        byte[] out = new byte[a.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, 0, out, i * a.length, a.length);
        }
        return new PyBytes(ts, out, mutable);
    }

    int compareTo(PyBytes other) {
        return Arrays.compareUnsigned(value(), other.value());
    }

    boolean contains(PyObject item) {
        byte[] v = value();
        if (item instanceof PyBytes sub) {
            byte[] s = sub.value();
            outer:
            for (int i = 0; i + s.length <= v.length; i++) {
                for (int j = 0; j < s.length; j++) {
                    if (v[i + j] != s[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
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
        return PyInt.of(ts, v[Ops.index(ts, index, v.length, mutable ? "bytearray" : "index")] & 0xFF);
    }

    synchronized void setItem(ThreadState ts, PyObject index, PyObject item) {
        value[Ops.index(ts, index, value.length, "bytearray")] = toByte(item);
    }

    /** bytearray.append / extend. */
    synchronized void append(byte[] more) {
        byte[] out = Arrays.copyOf(value, value.length + more.length);
        System.arraycopy(more, 0, out, value.length, more.length);
        value = out;
    }

    @Override
    public PyType type() {
        return mutable ? Types.BYTEARRAY : Types.BYTES;
    }

    @Override
    public String repr() {
        String body = StringRepr.ofBytes(value());
        return mutable ? "bytearray(" + body + ")" : body;
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
        if (mutable) {
            throw PyErrors.typeError("unhashable type: 'bytearray'");
        }
        return Arrays.hashCode(value);
    }
}
