package org.gillab.model.compile;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Decodes number and string literal tokens into constant values, as CPython's parser does. */
final class Literals {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Underscores may only sit between digits (PEP 515). */
    private static final Pattern MISPLACED_UNDERSCORE =
            Pattern.compile("^_|_$|__|_\\.|\\._|(?i)^(?!0[xob])[^x]*(_e|e_)");
    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-fA-F]+");

    private Literals() {
    }

    /** Python ints are unbounded: a Long when it fits, else a BigInteger (the constant convention). */
    static Object integer(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? (Object) value.longValue() : value;
    }

    /** A NUMBER token: Long, BigInteger or Double. */
    static Object number(Token token, Source source) {
        String text = token.text();
        if (text.endsWith("j") || text.endsWith("J")) {
            throw source.notImplemented(token.pos(), "complex numbers are not supported by the GIL Lab model");
        }
        if (MISPLACED_UNDERSCORE.matcher(text).find()) {
            throw source.syntaxError(token.pos(), "invalid decimal literal");
        }
        String digits = text.replace("_", "");
        try {
            if (digits.length() > 2 && digits.charAt(0) == '0' && Character.isLetter(digits.charAt(1))) {
                int radix = switch (Character.toLowerCase(digits.charAt(1))) {
                    case 'x' -> 16;
                    case 'o' -> 8;
                    default -> 2;
                };
                return integer(new BigInteger(digits.substring(2), radix));
            }
            if (digits.contains(".") || digits.contains("e") || digits.contains("E")) {
                return Double.parseDouble(digits);
            }
            BigInteger value = new BigInteger(digits);
            if (digits.length() > 1 && digits.charAt(0) == '0' && value.signum() != 0) {
                throw source.syntaxError(token.pos(), "leading zeros in decimal integer literals are not permitted;"
                        + " use an 0o prefix for octal integers");
            }
            return integer(value);
        } catch (NumberFormatException e) {
            String what = digits.length() > 1 && Character.isLetter(digits.charAt(1))
                    ? switch (Character.toLowerCase(digits.charAt(1))) {
                        case 'x' -> "hexadecimal";
                        case 'o' -> "octal";
                        default -> "binary";
                    }
                    : "decimal";
            throw source.syntaxError(token.pos(), "invalid " + what + " literal");
        }
    }

    /**
     * Resolves backslash escapes of a non-raw string body, like decode_unicode_with_escapes() in
     * Parser/string_parser.c. Unknown escapes keep their backslash, as CPython does (with a warning).
     */
    static String unescape(String body, Pos pos, Source source) {
        return unescape(body, pos, source, false);
    }

    /** Like {@link #unescape(String, Pos, Source)}; in a bytes literal \\u, \\U and \\N are not escapes. */
    static String unescape(String body, Pos pos, Source source, boolean bytes) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case 'u', 'U', 'N' -> {
                    if (!bytes) {
                        i = unicodeEscape(body, i, e, out, pos, source);
                    } else {
                        out.append('\\').append(e);
                    }
                }
                case 'x' -> {
                    int end = i + 2;
                    if (end > body.length() || !HEX_DIGITS.matcher(body.substring(i, end)).matches()) {
                        throw source.syntaxError(pos, "(unicode error) 'unicodeescape' codec can't decode bytes:"
                                + " truncated \\xXX escape");
                    }
                    out.append((char) Integer.parseInt(body.substring(i, end), 16));
                    i = end;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < body.length() && end < i + 2 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(body.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    /** \\uXXXX, \\UXXXXXXXX (and \\N{...}, which the model does not implement) after index i; returns the next index. */
    private static int unicodeEscape(String body, int i, char e, StringBuilder out, Pos pos, Source source) {
        if (e == 'N') {
            throw source.notImplemented(pos, "\\N{...} escapes are not supported by the GIL Lab model; use \\u or \\U escapes");
        }
        int length = e == 'u' ? 4 : 8;
        int end = i + length;
        if (end > body.length() || !HEX_DIGITS.matcher(body.substring(i, end)).matches()) {
            throw source.syntaxError(pos, "(unicode error) 'unicodeescape' codec can't decode bytes:"
                    + " truncated \\" + e + "XXXX" + (length > 4 ? "XXXX" : "") + " escape");
        }
        int codePoint = Integer.parseUnsignedInt(body.substring(i, end), 16);
        if (!Character.isValidCodePoint(codePoint)) {
            throw source.syntaxError(pos, "(unicode error) 'unicodeescape' codec can't decode bytes:"
                    + " illegal Unicode character");
        }
        out.appendCodePoint(codePoint);
        return end;
    }
}
