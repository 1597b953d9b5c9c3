package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.gillab.model.PythonException;

/**
 * str.encode and bytes.decode (Objects/unicodeobject.c's codecs, Python/codecs.c's error handlers). UTF-8,
 * utf-8-sig, ASCII and Latin-1 are coded here, with CPython's error messages and the handlers strict, ignore,
 * replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and surrogatepass; UTF-16 and
 * UTF-32 are {@link WideUnicodeCodecs}', unicode_escape and raw_unicode_escape {@link EscapeCodecs}'; other
 * encodings go through Java's charsets with strict, ignore and replace.
 */
final class Codecs {
    private Codecs() {}

    /** CPython's name for an encoding (encodings.normalize_encoding and its aliases), for the three coded here. */
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
        String name = canonical(encoding);
        return switch (name) {
            case "utf-8" -> encodeUtf8(s, errors);
            case "utf-8-sig" -> concat(UTF8_BOM, encodeUtf8(s, errors));
            case "ascii" -> encodeLimited(s, name, 128, errors);
            case "latin-1" -> encodeLimited(s, name, 256, errors);
            default -> {
                if (WideUnicodeCodecs.handles(name)) {
                    yield WideUnicodeCodecs.encode(s, name, errors);
                }
                if (EscapeCodecs.handles(name)) {
                    yield EscapeCodecs.encode(s, name);
                }
                try {
                    var encoder = charset(name, "encode").newEncoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors));
                    ByteBuffer out = encoder.encode(CharBuffer.wrap(s));
                    byte[] bytes = new byte[out.remaining()];
                    out.get(bytes);
                    yield bytes;
                } catch (CharacterCodingException e) {
                    throw codingError(errors, PyErrors.UNICODE_ENCODE_ERROR, "'" + name + "' codec can't encode character");
                }
            }
        };
    }

    static String decode(byte[] b, String encoding, String errors) {
        String name = canonical(encoding);
        return switch (name) {
            case "utf-8" -> decodeUtf8(b, errors);
            case "utf-8-sig" -> decodeUtf8(startsWith(b, UTF8_BOM) ? Arrays.copyOfRange(b, 3, b.length) : b, errors);
            case "ascii" -> decodeAscii(b, errors);
            case "latin-1" -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            default -> {
                if (WideUnicodeCodecs.handles(name)) {
                    yield WideUnicodeCodecs.decode(b, name, errors);
                }
                if (EscapeCodecs.handles(name)) {
                    yield EscapeCodecs.decode(b, name, errors);
                }
                try {
                    yield charset(name, "decode").newDecoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors))
                            .decode(ByteBuffer.wrap(b)).toString();
                } catch (CharacterCodingException e) {
                    throw codingError(errors, PyErrors.UNICODE_DECODE_ERROR, "'" + name + "' codec can't decode bytes");
                }
            }
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

    /** The Java charset for {@code name}; a bytes-to-bytes codec points to codecs.encode() or codecs.decode() as CPython does. */
    private static Charset charset(String name, String function) {
        if (name.equals("rot13") || name.equals("hex") || name.equals("base64") || name.equals("zlib") || name.equals("bz2")) {
            throw PyErrors.raise(PyErrors.LOOKUP_ERROR, "'" + name
                    + "' is not a text encoding; use codecs." + function + "() to handle arbitrary codecs");
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            throw PyErrors.raise(PyErrors.LOOKUP_ERROR, "unknown encoding: " + name);
        }
    }

    /** What Java's coders do with an error: another handler than these three is looked up only when an error needs it. */
    private static CodingErrorAction action(String errors) {
        return switch (errors) {
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> CodingErrorAction.REPORT;
        };
    }

    /** A Java coder's error under {@code errors}: strict's Unicode error, else the handler is unknown to str.encode. */
    private static RuntimeException codingError(String errors, PyType type, String message) {
        return errors.equals("strict") ? PyErrors.raise(type, message) : unknownHandler(errors);
    }

    private static RuntimeException unknownHandler(String errors) {
        return PyErrors.raise(PyErrors.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
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
                    String charName = Character.getName(c);
                    replacement.append(charName != null ? "\\N{" + charName + "}" : String.format("\\x%02x", c));
                }
                case "surrogateescape" -> {
                    if (c < 0xdc80 || c > 0xdcff) {
                        handleEncodeError(out, points, start, end, name, reason, "strict", limit);
                    }
                    out.write(c - 0xdc00);
                }
                default -> throw unknownHandler(errors);
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
            default -> throw unknownHandler(errors);
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
