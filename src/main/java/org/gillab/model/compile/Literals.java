package org.gillab.model.compile;

import java.math.BigInteger;
import org.gillab.model.object.IntStrDigits;
import org.gillab.model.ucd.UnicodeNames;

/** Decodes number and string literal tokens into constant values, as CPython's parser does. */
final class Literals {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Literals() {
    }

    /** Python ints are unbounded: a Long when it fits, else a BigInteger (the constant convention). */
    static Object integer(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? (Object) value.longValue() : value;
    }

    /**
     * A NUMBER token: Long, BigInteger, Double or {@link Constants.Imaginary} (its digits read as a float's).
     * The tokenizer has checked its form, so only its size can be an error here.
     */
    static Object number(Token token, Source source) {
        String digits = token.text().replace("_", "");
        if (digits.endsWith("j") || digits.endsWith("J")) {
            return new Constants.Imaginary(Double.parseDouble(digits.substring(0, digits.length() - 1)));
        }
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
        // the parser turns int()'s ValueError into a SyntaxError of the literal's line (parsenumber); zero,
        // which C's strtol reads first however many zeros it has, never gets there
        String tooMany = value.signum() == 0 ? null : IntStrDigits.tooManyDigits(digits.length());
        if (tooMany != null) {
            int line = token.pos().line();
            throw source.syntaxError(new Pos(line, -1, line, -1),
                    tooMany + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        return integer(value);
    }

    /**
     * Resolves backslash escapes of a non-raw string body, like decode_unicode_with_escapes() in
     * Parser/string_parser.c. Unknown escapes keep their backslash, as CPython does (with a warning).
     */
    static String unescape(String body, Pos pos, Source source) {
        return unescape(body, pos, source, false);
    }

    /**
     * Like {@link #unescape(String, Pos, Source)}; in a bytes literal \\u, \\U and \\N are not escapes. A bad
     * escape is CPython's SyntaxError, naming its position in the literal's body as the codec counts it.
     */
    static String unescape(String body, Pos pos, Source source, boolean bytes) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            int start = i;
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
                case 'x' -> i = hexEscape(body, start, 2, out, pos, source, bytes);
                case 'u', 'U' -> i = bytes ? keep(out, e, i) : hexEscape(body, start, e == 'u' ? 4 : 8, out, pos, source, false);
                case 'N' -> i = bytes ? keep(out, e, i) : namedEscape(body, start, out, pos, source);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < body.length() && end < i + 2 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(body.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        keep(out, e, i);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An escape that is none in this kind of literal: the backslash and the character stay. */
    private static int keep(StringBuilder out, char e, int next) {
        out.append('\\').append(e);
        return next;
    }

    /** \\xXX, \\uXXXX or \\UXXXXXXXX starting at {@code start} (the backslash); returns the next index. */
    private static int hexEscape(String body, int start, int digits, StringBuilder out, Pos pos, Source source, boolean bytes) {
        int end = start + 2;
        while (end < body.length() && end < start + 2 + digits && Character.digit(body.charAt(end), 16) >= 0) {
            end++;
        }
        char e = body.charAt(start + 1);
        if (end < start + 2 + digits) {
            if (bytes) {
                throw source.syntaxError(afterToken(pos), "(value error) invalid \\x escape at position " + start);
            }
            throw codecError(body, start, end, "truncated \\" + e + "X".repeat(digits) + " escape", pos, source);
        }
        int codePoint = Integer.parseUnsignedInt(body.substring(start + 2, end), 16);
        if (!Character.isValidCodePoint(codePoint)) {
            throw codecError(body, start, end, "illegal Unicode character", pos, source);
        }
        out.appendCodePoint(codePoint);
        return end;
    }

    /** \\N{NAME}: the character of that Unicode name or alias, as unicodedata.lookup finds it (no named sequences). */
    private static int namedEscape(String body, int start, StringBuilder out, Pos pos, Source source) {
        int close = body.indexOf('}', start);
        if (start + 2 >= body.length() || body.charAt(start + 2) != '{' || close < 0 || close == start + 3) {
            throw codecError(body, start, close < 0 ? body.length() : close + 1, "malformed \\N character escape", pos, source);
        }
        String character = UnicodeNames.lookup(body.substring(start + 3, close), false);
        if (character == null) {
            throw codecError(body, start, close + 1, "unknown Unicode character name", pos, source);
        }
        out.append(character);
        return close + 1;
    }

    /**
     * The unicodeescape codec's error for body[start, end), its positions counted as the codec sees the
     * body: each non-ASCII character before them stands for the ten bytes of a \\UXXXXXXXX escape.
     */
    private static CompileError codecError(String body, int start, int end, String reason, Pos pos, Source source) {
        int shift = 0;
        for (int k = 0; k < start; k++) {
            if (body.charAt(k) > 0x7F && !Character.isLowSurrogate(body.charAt(k))) {
                shift += 9;
            }
        }
        return source.syntaxError(afterToken(pos), "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + (start + shift) + "-" + (end - 1 + shift) + ": " + reason);
    }

    /** Where CPython reports a literal's decoding error: just past the end of its token. */
    private static Pos afterToken(Pos token) {
        return new Pos(token.endLine(), token.endColumn(), token.endLine(), token.endColumn());
    }
}
