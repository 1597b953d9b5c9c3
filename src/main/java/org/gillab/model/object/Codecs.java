package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.gillab.model.PythonException;
import org.gillab.model.ucd.UnicodeNames;

/**
 * str.encode and bytes.decode (Objects/unicodeobject.c's codecs, Python/codecs.c's error handlers). UTF-8,
 * utf-8-sig, ASCII and Latin-1 are coded here, with CPython's error messages and the handlers strict, ignore,
 * replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and surrogatepass; UTF-16 and
 * UTF-32 are {@link WideUnicodeCodecs}', unicode_escape and raw_unicode_escape {@link EscapeCodecs}', other
 * text encodings {@link CharsetCodecs}'. Everything else (a codec registered with codecs.register, a
 * bytes-to-bytes codec, an error handler registered with codecs.register_error) goes through the codec
 * registry, as CPython's str.encode does past its fast paths.
 */
public final class Codecs {
    private Codecs() {}

    /** The error handlers coded here: Python/codecs.c's own. Any other is the registry's. */
    private static final Set<String> STANDARD_HANDLERS = Set.of("strict", "ignore", "replace",
            "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass");

    /** Whether {@code encoding} is a text encoding coded here, so that the registry need not be asked. */
    public static boolean codedHere(String encoding) {
        String name = canonical(encoding);
        return switch (name) {
            case "utf-8", "utf-8-sig", "ascii", "latin-1" -> true;
            default -> WideUnicodeCodecs.handles(name) || EscapeCodecs.handles(name) || CharsetCodecs.handles(name);
        };
    }

    private static boolean fastPath(String encoding, String errors) {
        return STANDARD_HANDLERS.contains(errors) && codedHere(encoding);
    }

    /** CPython's name for an encoding (encodings.normalize_encoding and its aliases), for the UTF codecs, ASCII and Latin-1. */
    private static String canonical(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "ascii", "us-ascii", "646", "us" -> "ascii";
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100" -> "latin-1";
            case "utf-16", "utf16", "u16" -> "utf-16";
            case "utf-16-le", "utf-16le", "unicodelittleunmarked" -> "utf-16-le";
            case "utf-16-be", "utf-16be", "unicodebigunmarked" -> "utf-16-be";
            case "utf-32", "utf32", "u32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            default -> e;
        };
    }

    static byte[] encode(String s, String encoding, String errors) {
        if (!fastPath(encoding, errors)) {
            return CodecRegistry.encode(s, encoding, errors);
        }
        String name = canonical(encoding);
        return switch (name) {
            case "utf-8" -> encodeUtf8(s, errors);
            case "utf-8-sig" -> concat(UTF8_BOM, encodeUtf8(s, errors));
            case "ascii" -> encodeLimited(s, name, 128, errors);
            case "latin-1" -> encodeLimited(s, name, 256, errors);
            default -> WideUnicodeCodecs.handles(name) ? WideUnicodeCodecs.encode(s, name, errors)
                    : EscapeCodecs.handles(name) ? EscapeCodecs.encode(s, name) : CharsetCodecs.encode(s, name, errors);
        };
    }

    static String decode(byte[] b, String encoding, String errors) {
        if (!fastPath(encoding, errors)) {
            return CodecRegistry.decode(b, encoding, errors);
        }
        String name = canonical(encoding);
        return switch (name) {
            case "utf-8" -> decodeUtf8(b, errors);
            case "utf-8-sig" -> decodeUtf8(startsWith(b, UTF8_BOM) ? Arrays.copyOfRange(b, 3, b.length) : b, errors);
            case "ascii" -> decodeAscii(b, errors);
            case "latin-1" -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            default -> WideUnicodeCodecs.handles(name) ? WideUnicodeCodecs.decode(b, name, errors)
                    : EscapeCodecs.handles(name) ? EscapeCodecs.decode(b, name, errors) : CharsetCodecs.decode(b, name, errors);
        };
    }

    /** utf-8-sig's mark: written before the text, skipped when the data starts with it (codecs.BOM_UTF8). */
    private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    // ---- encoding ----

    private static byte[] encodeLimited(String s, String name, int limit, String errors) {
        int[] points = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(points.length);
        for (int i = 0; i < points.length; ) {
            if (points[i] < limit) {
                out.write(points[i++]);
                continue;
            }
            int end = i;
            while (end < points.length && points[end] >= limit) {
                end++;
            }
            handleEncodeError(out, points, i, end, name, "ordinal not in range(" + limit + ")", errors, limit);
            i = end;
        }
        return out.toByteArray();
    }

    private static byte[] encodeUtf8(String s, String errors) {
        int[] points = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(points.length);
        for (int i = 0; i < points.length; ) {
            int c = points[i];
            if (c < 0xd800 || c > 0xdfff) {
                writeUtf8(out, c);
                i++;
                continue;
            }
            int end = i;
            while (end < points.length && points[end] >= 0xd800 && points[end] <= 0xdfff) {
                end++;
            }
            if (errors.equals("surrogatepass")) {
                for (int k = i; k < end; k++) {
                    writeUtf8(out, points[k]);
                }
            } else {
                handleEncodeError(out, points, i, end, "utf-8", "surrogates not allowed", errors, 128);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static void writeUtf8(ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | c >> 6);
            out.write(0x80 | c & 0x3f);
        } else if (c < 0x10000) {
            out.write(0xe0 | c >> 12);
            out.write(0x80 | c >> 6 & 0x3f);
            out.write(0x80 | c & 0x3f);
        } else {
            out.write(0xf0 | c >> 18);
            out.write(0x80 | c >> 12 & 0x3f);
            out.write(0x80 | c >> 6 & 0x3f);
            out.write(0x80 | c & 0x3f);
        }
    }

    /** An encode error over code points [start, end): the handler's replacement, or UnicodeEncodeError. */
    private static void handleEncodeError(ByteArrayOutputStream out, int[] points, int start, int end, String name,
            String reason, String errors, int limit) {
        StringBuilder replacement = new StringBuilder();
        for (int k = start; k < end; k++) {
            int c = points[k];
            switch (errors) {
                case "strict" -> throw unicodeError(PyErrors.UNICODE_ENCODE_ERROR, name,
                        ts -> new PyStr(ts, new String(points, 0, points.length)), start, end, reason);
                case "ignore" -> { }
                case "replace" -> replacement.append('?');
                case "xmlcharrefreplace" -> replacement.append("&#").append(c).append(';');
                case "backslashreplace" -> replacement.append(escaped(c));
                case "namereplace" -> {
                    String charName = UnicodeNames.name(c);
                    replacement.append(charName != null ? "\\N{" + charName + "}" : escaped(c));
                }
                case "surrogateescape" -> {
                    if (c < 0xdc80 || c > 0xdcff) {
                        handleEncodeError(out, points, start, end, name, reason, "strict", limit);
                    }
                    out.write(c - 0xdc00);
                }
                // surrogatepass, which passes surrogates in the UTF codecs only, leaves other errors strict
                default -> handleEncodeError(out, points, start, end, name, reason, "strict", limit);
            }
        }
        replacement.chars().forEach(out::write);
    }

    /** The bytes an error handler puts for code points [start, end) (ASCII text), or its UnicodeEncodeError. */
    static byte[] encodeErrorReplacement(int[] points, int start, int end, String name, String reason, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handleEncodeError(out, points, start, end, name, reason, errors, 128);
        return out.toByteArray();
    }

    /** A character as the codecs' messages show it: \\xNN, \\uNNNN or \\UNNNNNNNN. */
    static String escaped(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    // ---- decoding ----

    private static String decodeAscii(byte[] b, String errors) {
        StringBuilder out = new StringBuilder(b.length);
        for (int i = 0; i < b.length; i++) {
            if (b[i] >= 0) {
                out.append((char) b[i]);
            } else {
                decodeError(out, b, i, i + 1, "ascii", "ordinal not in range(128)", errors);
            }
        }
        return out.toString();
    }

    /** UTF-8 with CPython's error ranges: an invalid start byte, an invalid continuation byte, or the end of data. */
    private static String decodeUtf8(byte[] b, String errors) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            if (errors.equals("surrogatepass") && encodedSurrogate(b, i)) {
                out.append((char) (0xd000 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f));
                i += 3;
                continue;
            }
            int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            if (need < 0) {
                decodeError(out, b, i, i + 1, "utf-8", "invalid start byte", errors);
                i++;
                continue;
            }
            int code = c & (0x3f >> need);
            int j = 1;
            String problem = null;
            for (; j <= need; j++) {
                if (i + j >= b.length) {
                    problem = "unexpected end of data";
                    break;
                }
                int next = b[i + j] & 0xff;
                int low = 0x80;
                int high = 0xbf;
                if (j == 1) {
                    low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
                    high = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
                }
                if (next < low || next > high) {
                    problem = "invalid continuation byte";
                    break;
                }
                code = code << 6 | next & 0x3f;
            }
            if (problem != null) {
                decodeError(out, b, i, i + j, "utf-8", problem, errors);
                i += j;
                continue;
            }
            out.appendCodePoint(code);
            i += need + 1;
        }
        return out.toString();
    }

    /** Whether b[i..i+2] is a surrogate U+D800-U+DFFF as UTF-8 writes it (ED A0-BF 80-BF), which surrogatepass reads. */
    private static boolean encodedSurrogate(byte[] b, int i) {
        return i + 2 < b.length && (b[i] & 0xff) == 0xed && (b[i + 1] & 0xe0) == 0xa0 && (b[i + 2] & 0xc0) == 0x80;
    }

    /** A decode error over bytes [start, end): the handler's replacement, or UnicodeDecodeError. */
    static void decodeError(StringBuilder out, byte[] b, int start, int end, String name, String reason,
            String errors) {
        switch (errors) {
            case "strict" -> throw unicodeError(PyErrors.UNICODE_DECODE_ERROR, name, ts -> new PyBytes(ts, b, false), start,
                    end, reason);
            case "ignore" -> { }
            case "replace" -> out.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", b[k] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    out.append((char) (0xdc00 + (b[k] & 0xff)));
                }
            }
            case "xmlcharrefreplace", "namereplace" -> throw PyErrors.typeError(
                    "don't know how to handle UnicodeDecodeError in error callback");
            // surrogatepass, as above
            default -> decodeError(out, b, start, end, name, reason, "strict");
        }
    }

    /**
     * UnicodeEncodeError or UnicodeDecodeError(encoding, object, start, end, reason), as CPython's codecs
     * raise them: the message comes from those members.
     */
    private static PythonException unicodeError(PyType type, String encoding, Function<ThreadState, PyObject> object,
            int start, int end, String reason) {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            return PyErrors.raise(type, "'" + encoding + "' codec failed: " + reason);
        }
        PyObject[] args = {new PyStr(ts, encoding), object.apply(ts), PyInt.of(ts, start), PyInt.of(ts, end), new PyStr(ts, reason)};
        try {
            return PyErrors.raiseWith(type, args);
        } finally {
            for (PyObject arg : args) {
                ts.decref(arg);
            }
        }
    }
}
