package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.gillab.model.ucd.UnicodeNames;

/**
 * The unicode_escape and raw_unicode_escape codecs, as CPython's (Objects/unicodeobject.c,
 * _PyUnicode_DecodeUnicodeEscapeInternal, PyUnicode_AsUnicodeEscapeString and their raw pair): Latin-1
 * bytes with the escapes of a Python string literal. unicode_escape decodes every escape of a non-raw
 * literal, keeps an unknown one with its backslash and warns of the first (DeprecationWarning, once per
 * call); raw_unicode_escape decodes only \\uXXXX and \\UXXXXXXXX after an odd run of backslashes. Errors
 * carry CPython's codec names ('unicodeescape', 'rawunicodeescape'), reasons and ranges.
 */
final class EscapeCodecs {
    private static final String ESCAPE = "unicode-escape";
    private static final String RAW = "raw-unicode-escape";

    private EscapeCodecs() {}

    /** True for the names {@link #encode} and {@link #decode} take (Codecs' canonical spellings). */
    static boolean handles(String name) {
        return name.equals(ESCAPE) || name.equals(RAW);
    }

    /**
     * unicode_escape writes printable ASCII as itself (a backslash doubled), tab, newline and carriage
     * return as their escapes, the rest as \\xXX, \\uXXXX or \\UXXXXXXXX; raw_unicode_escape writes
     * Latin-1 as itself and only the rest escaped.
     */
    static byte[] encode(String s, String name) {
        boolean raw = name.equals(RAW);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        s.codePoints().forEach(c -> {
            String escape;
            if (c >= 0x100 || (!raw && (c < ' ' || c >= 0x7f))) {
                escape = switch (c) {
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    default -> Codecs.escaped(c);
                };
            } else {
                escape = !raw && c == '\\' ? "\\\\" : null;
            }
            if (escape == null) {
                out.write(c);
            } else {
                out.writeBytes(escape.getBytes(StandardCharsets.US_ASCII));
            }
        });
        return out.toByteArray();
    }

    static String decode(byte[] b, String name, String errors) {
        return name.equals(RAW) ? decodeRaw(b, errors) : decodeEscapes(b, errors);
    }

    private static String decodeEscapes(byte[] b, String errors) {
        StringBuilder out = new StringBuilder(b.length);
        String invalid = null; // the first unknown escape, which the warning names
        for (int i = copyToBackslash(out, b, 0); i < b.length; i = copyToBackslash(out, b, i)) {
            int start = i;
            if (++i >= b.length) {
                i = error(out, b, start, b.length, "\\ at end of string", errors, "unicodeescape");
                continue;
            }
            int e = b[i++] & 0xff;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append((char) e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int digits = 1; digits < 3 && i < b.length && b[i] >= '0' && b[i] <= '7'; digits++) {
                        value = value * 8 + b[i++] - '0';
                    }
                    if (value > 0377 && invalid == null) {
                        invalid = "invalid octal escape sequence '" + latin1(b, start, i) + "'";
                    }
                    out.append((char) value);
                }
                case 'x', 'u', 'U' -> i = hexEscape(out, b, start, i, e == 'x' ? 2 : e == 'u' ? 4 : 8,
                        "illegal Unicode character", errors, "unicodeescape");
                case 'N' -> i = namedEscape(out, b, start, i, errors);
                default -> {
                    if (invalid == null) {
                        invalid = "invalid escape sequence '\\" + (char) e + "'";
                    }
                    out.append('\\').append((char) e);
                }
            }
        }
        if (invalid != null) {
            PyErrors.warn(ThreadState.current(), PyErrors.DEPRECATION_WARNING, invalid);
        }
        return out.toString();
    }

    private static String decodeRaw(byte[] b, String errors) {
        StringBuilder out = new StringBuilder(b.length);
        for (int i = copyToBackslash(out, b, 0); i < b.length; i = copyToBackslash(out, b, i)) {
            int run = i;
            while (run < b.length && b[run] == '\\') {
                run++;
            }
            boolean escape = (run - i) % 2 == 1 && run < b.length && (b[run] == 'u' || b[run] == 'U');
            int backslashes = escape ? run - i - 1 : run - i;
            out.append("\\".repeat(backslashes));
            i += backslashes;
            if (escape) {
                i = hexEscape(out, b, i, i + 2, b[i + 1] == 'u' ? 4 : 8, "\\Uxxxxxxxx out of range", errors, "rawunicodeescape");
            }
        }
        return out.toString();
    }

    /**
     * The hex digits of \\xXX, \\uXXXX or \\UXXXXXXXX (the backslash at {@code start}, the digits from
     * {@code digitsAt}); returns where decoding goes on.
     */
    private static int hexEscape(StringBuilder out, byte[] b, int start, int digitsAt, int digits, String outOfRange,
                                 String errors, String codec) {
        int value = 0;
        int i = digitsAt;
        for (; i < digitsAt + digits; i++) {
            int digit = i < b.length ? Character.digit(b[i], 16) : -1;
            if (digit < 0) {
                char kind = (char) b[digitsAt - 1];
                return error(out, b, start, i, "truncated \\" + kind + "X".repeat(digits) + " escape", errors, codec);
            }
            value = value * 16 + digit;
        }
        if (!Character.isValidCodePoint(value)) {
            return error(out, b, start, i, outOfRange, errors, codec);
        }
        out.appendCodePoint(value);
        return i;
    }

    /** \\N{NAME}, the N at {@code i - 1}: the character of that name or alias, as unicodedata.lookup finds it. */
    private static int namedEscape(StringBuilder out, byte[] b, int start, int i, String errors) {
        if (i >= b.length || b[i] != '{') {
            return error(out, b, start, i, "malformed \\N character escape", errors, "unicodeescape");
        }
        int close = i + 1;
        while (close < b.length && b[close] != '}') {
            close++;
        }
        if (close >= b.length || close == i + 1) {
            return error(out, b, start, close, "malformed \\N character escape", errors, "unicodeescape");
        }
        String character = UnicodeNames.lookup(latin1(b, i + 1, close), false);
        if (character == null) {
            return error(out, b, start, close + 1, "unknown Unicode character name", errors, "unicodeescape");
        }
        out.append(character);
        return close + 1;
    }

    /** The error handler's answer for bytes [start, end); decoding goes on after them. */
    private static int error(StringBuilder out, byte[] b, int start, int end, String reason, String errors, String codec) {
        Codecs.decodeError(out, b, start, end, codec, reason, errors);
        return end;
    }

    /** Appends the bytes from {@code i} up to the next backslash as Latin-1 characters; returns its index (or the end). */
    private static int copyToBackslash(StringBuilder out, byte[] b, int i) {
        for (; i < b.length && b[i] != '\\'; i++) {
            out.append((char) (b[i] & 0xff));
        }
        return i;
    }

    private static String latin1(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
