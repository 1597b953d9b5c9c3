package org.gillab.model.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The binascii module (Modules/binascii.c): hex and base64 conversions and crc32, with CPython 3.11's
 * binascii.Error messages. Written for the model, not copied. Like CPython's, it holds the GIL.
 *
 * Missing: uu, quoted-printable and crc_hqx (b2a_uu, a2b_uu, b2a_qp, a2b_qp, crc_hqx).
 */
final class BinasciiModule {
    private BinasciiModule() {}

    static final PyType ERROR = PyType.builder("Error").base(PyErrors.VALUE_ERROR).subclassable()
            .attribute("__module__", PyStr.constant("binascii")).build();
    static final PyType INCOMPLETE = PyType.builder("Incomplete").base(PyErrors.EXCEPTION).subclassable()
            .attribute("__module__", PyStr.constant("binascii")).build();

    private static PythonException error(String message) {
        return PyErrors.raise(ERROR, message);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** b2a_hex / hexlify: two digits a byte, {@code sep} between every {@code perSep} bytes (counted from the right, or from the left when negative). */
    private static PyObject hexlify(Args args, String name) {
        PyObject[] a = args.bind(name, 1, 3, "data", "sep", "bytes_per_sep");
        ThreadState ts = args.thread();
        byte[] data = Buffers.bytesLike(a[0]);
        long perSep = a[2] == null ? 1 : Clinic.ssize(ts, a[2]);
        int sep = -1;
        if (a[1] != null) {
            byte[] s = a[1] instanceof PyStr str ? Buffers.asciiOrBytes(str) : Buffers.bytesLike(a[1],
                    "object of type '" + a[1].type().name() + "' has no len()");
            if (s.length != 1) {
                throw PyErrors.valueError("sep must be length 1.");
            }
            sep = s[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
        long group = Math.abs(perSep);
        for (int i = 0; i < data.length; i++) {
            if (sep >= 0 && group > 0 && i > 0) {
                long fromStart = perSep > 0 ? data.length - i : i;
                if (fromStart % group == 0) {
                    out.write(sep);
                }
            }
            out.write(HEX[(data[i] >> 4) & 0xF]);
            out.write(HEX[data[i] & 0xF]);
        }
        return new PyBytes(ts, out.toByteArray(), false);
    }

    private static PyObject unhexlify(Args args, String name) {
        byte[] hex = Buffers.asciiOrBytes(args.oneArg("binascii." + name));
        if (hex.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[hex.length / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(hex[2 * i], 16);
            int low = Character.digit(hex[2 * i + 1], 16);
            if (high < 0 || low < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (high << 4 | low);
        }
        return new PyBytes(args.thread(), out, false);
    }

    private static PyObject b2aBase64(Args args) {
        PyObject[] a = args.bind("b2a_base64", 1, 1, "data", "newline");
        byte[] encoded = Base64.getEncoder().encode(Buffers.bytesLike(a[0]));
        boolean newline = a[1] == null || Ops.truthy(args.thread(), a[1]);
        if (newline) {
            encoded = Arrays.copyOf(encoded, encoded.length + 1);
            encoded[encoded.length - 1] = '\n';
        }
        return new PyBytes(args.thread(), encoded, false);
    }

    private static final int PAD = '=';

    /** The value of a base64 digit, or -1. */
    private static int digit(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    /**
     * a2b_base64: non-base64 characters skipped (or refused in strict mode), decoding ending at the pad
     * that completes a quad, with binascii's messages for what is left over.
     */
    private static PyObject a2bBase64(Args args) {
        PyObject[] a = args.bind("a2b_base64", 1, 1, "data", "strict_mode");
        byte[] data = Buffers.asciiOrBytes(a[0]);
        boolean strict = a[1] != null && Ops.truthy(args.thread(), a[1]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 * 3);
        int quad = 0;
        int pads = 0;
        int left = 0;
        boolean padding = false;
        for (int i = 0; i < data.length; i++) {
            int c = data[i] & 0xFF;
            if (c == PAD) {
                padding = true;
                if (strict && quad == 0) {
                    throw error(i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
                }
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < data.length) {
                        throw error("Excess data after padding");
                    }
                    return new PyBytes(args.thread(), out.toByteArray(), false);
                }
                continue;
            }
            int v = digit(c);
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && padding) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad) {
                case 0 -> left = v;
                case 1 -> {
                    out.write(left << 2 | v >> 4);
                    left = v & 0xF;
                }
                case 2 -> {
                    out.write(left << 4 | v >> 2);
                    left = v & 0x3;
                }
                default -> out.write(left << 6 | v);
            }
            quad = (quad + 1) % 4;
        }
        if (quad == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quad != 0) {
            throw error("Incorrect padding");
        }
        return new PyBytes(args.thread(), out.toByteArray(), false);
    }

    static PyModule create() {
        return new PyModule("binascii", true)
                .add("Error", ERROR)
                .add("Incomplete", INCOMPLETE)
                .function("hexlify", args -> hexlify(args, "hexlify"))
                .function("b2a_hex", args -> hexlify(args, "b2a_hex"))
                .function("unhexlify", args -> unhexlify(args, "unhexlify"))
                .function("a2b_hex", args -> unhexlify(args, "a2b_hex"))
                .function("b2a_base64", BinasciiModule::b2aBase64)
                .function("a2b_base64", BinasciiModule::a2bBase64)
                .function("crc32", args -> {
                    args.checkPositional("crc32", "binascii.crc32", 1, 2);
                    ThreadState ts = args.thread();
                    byte[] data = Buffers.bytesLike(args.get(0));
                    long crc = args.size() == 2 ? ZlibModule.uint32(ts, args.get(1)) : 0;
                    return PyInt.of(ts, Checksums.crc32(data, crc));
                });
    }
}
