package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one string literal token: plain strings become a constant; f-strings are split into literal
 * pieces and replacement fields {expression!conversion:spec}, like fstring_find_expr() in CPython
 * 3.11's Parser/string_parser.c. The field expressions are parsed by the caller's parser.
 */
final class FStrings {
    private final Source source;
    private final Token token;
    /** Where an f-string's own errors point: see {@link #errorPosition}. */
    private final Pos errorAt;
    /**
     * The span of the run of adjacent string literals: CPython 3.11 gives every replacement field that
     * location (its FormattedValue's), so a FORMAT_VALUE error's carets underline the whole string.
     */
    private final Pos whole;
    private final FieldParser parseExpression;

    /** Parses a replacement field's expression, which starts at a line and column of the source. */
    interface FieldParser {
        Expr parse(String expression, int line, int column);
    }
    private final String body;
    private final int bodyOffset;
    private final boolean raw;
    private final boolean formatted;
    private final boolean bytes;
    private int cursor;

    /**
     * @param after the first token after the run of string literals this one is part of
     * @param whole that run's span
     */
    FStrings(Source source, Token token, Token after, Pos whole, FieldParser parseExpression) {
        this.source = source;
        this.token = token;
        this.errorAt = errorPosition(after);
        this.whole = whole;
        this.parseExpression = parseExpression;
        String text = token.text();
        int prefixLength = 0;
        while (text.charAt(prefixLength) != '"' && text.charAt(prefixLength) != '\'') {
            prefixLength++;
        }
        String prefix = text.substring(0, prefixLength).toLowerCase();
        this.bytes = prefix.contains("b");
        int quoteLength = text.length() - prefixLength >= 6
                && text.startsWith(text.substring(prefixLength, prefixLength + 1).repeat(3), prefixLength) ? 3 : 1;
        this.raw = prefix.contains("r");
        this.formatted = prefix.contains("f");
        this.bodyOffset = prefixLength + quoteLength;
        this.body = text.substring(bodyOffset, text.length() - quoteLength);
    }

    /** Appends this literal's pieces: Constant strings and FormattedValues. */
    void appendTo(List<Expr> parts) {
        if (!formatted) {
            parts.add(new Expr.Constant(token.pos(), literal(body)));
            return;
        }
        parts.addAll(pieces(0, 0));
        if (cursor < body.length()) {
            throw error("f-string: single '}' is not allowed");
        }
    }

    /** Whether a STRING token is a bytes literal (b'...', rb'...'). */
    static boolean isBytes(Token token) {
        String text = token.text();
        for (int i = 0; text.charAt(i) != '"' && text.charAt(i) != '\''; i++) {
            if (Character.toLowerCase(text.charAt(i)) == 'b') {
                return true;
            }
        }
        return false;
    }

    /** Adjacent bytes literals as one constant; each char of their decoded text is one byte. */
    static Constants.Bytes joinBytes(List<Expr> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append((String) ((Expr.Constant) p).value()));
        byte[] value = new byte[text.length()];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) text.charAt(i);
        }
        return new Constants.Bytes(value);
    }

    /** Joins adjacent constant strings and drops empty ones. */
    static List<Expr> mergeLiterals(List<Expr> parts, Pos pos) {
        List<Expr> merged = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Expr part : parts) {
            if (part instanceof Expr.Constant constant) {
                text.append((String) constant.value());
            } else {
                if (text.length() > 0) {
                    merged.add(new Expr.Constant(pos, text.toString()));
                    text.setLength(0);
                }
                merged.add(part);
            }
        }
        if (text.length() > 0) {
            merged.add(new Expr.Constant(pos, text.toString()));
        }
        return merged;
    }

    /** Pieces from body[from] up to the end, or (inside a format spec, depth > 0) up to its closing '}'. */
    private List<Expr> pieces(int from, int depth) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && depth == 0 && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
            } else if (c == '{') {
                flush(text, parts);
                i = field(i, depth, parts);
            } else if (c == '}' && depth > 0) {
                break;
            } else if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
                text.append('}');
                i += 2;
            } else if (c == '}') {
                break;
            } else {
                text.append(c);
                if (c == '\\' && i + 1 < body.length()) {
                    text.append(body.charAt(i + 1));
                    i++;
                }
                i++;
            }
        }
        flush(text, parts);
        cursor = i;
        return parts;
    }

    private void flush(StringBuilder text, List<Expr> parts) {
        if (text.length() > 0) {
            parts.add(new Expr.Constant(token.pos(), literal(text.toString())));
            text.setLength(0);
        }
    }

    private String literal(String text) {
        if (bytes) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 0x7F) {
                    throw source.syntaxError(token.pos(), "bytes can only contain ASCII literal characters");
                }
            }
        }
        return raw ? text : Literals.unescape(text, token.pos(), source, bytes);
    }

    /** Parses the replacement field whose '{' is at body[open]; returns the index after its '}'. */
    private int field(int open, int depth, List<Expr> parts) {
        if (depth >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int start = open + 1;
        int end = expressionEnd(start);
        String expression = body.substring(start, end);
        if (expression.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        String debugText = null;
        if (body.charAt(end) == '=') {  // a self-documenting field, f'{x = }': its text, up to the next non-blank
            int i = end + 1;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            debugText = body.substring(start, i);
            end = i;
        }
        int[] at = position(start);
        Expr value = parseExpression.parse(expression, at[0], at[1]);
        int i = end;
        int conversion = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            char c = i + 1 < body.length() ? body.charAt(i + 1) : '}';
            if (c != 's' && c != 'r' && c != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c == 's' ? 1 : c == 'r' ? 2 : 3;
            i += 2;
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            List<Expr> specParts = mergeLiterals(pieces(i + 1, depth + 1), token.pos());
            i = cursor;
            spec = specParts.stream().allMatch(p -> p instanceof Expr.Constant)
                    ? new Expr.Constant(token.pos(), specParts.isEmpty() ? "" : ((Expr.Constant) specParts.get(0)).value())
                    : new Expr.JoinedStr(token.pos(), specParts);
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        if (debugText != null) {
            parts.add(new Expr.Constant(token.pos(), debugText));
            if (conversion == 0 && spec == null) {
                conversion = 2;
            }
        }
        parts.add(new Expr.FormattedValue(whole, value, conversion, spec));
        return i + 1;
    }

    /**
     * Index of the '}', '!', ':' or '=' that ends the expression starting at body[start], as 3.11's
     * fstring_find_expr scans: outside brackets, and not part of "!=", "==", "<=" or ">=".
     */
    private int expressionEnd(int start) {
        StringBuilder open = new StringBuilder();
        char quote = 0;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            } else if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if ("([{".indexOf(c) >= 0) {
                open.append(c);
            } else if (open.isEmpty() && "!=<>".indexOf(c) >= 0 && next == '=') {
                i++;  // a comparison
            } else if (open.isEmpty() && (c == '}' || c == '!' || c == ':' || c == '=')) {
                return i;
            } else if (")]}".indexOf(c) >= 0) {
                if (open.isEmpty()) {
                    throw error("f-string: unmatched '" + c + "'");
                }
                char opening = open.charAt(open.length() - 1);
                if ("([{".indexOf(opening) != ")]}".indexOf(c)) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'");
                }
                open.setLength(open.length() - 1);
            }
        }
        throw error("f-string: expecting '}'");
    }

    /** Line and column in the source of body[offset]. */
    private int[] position(int offset) {
        int line = token.line();
        int column = token.column();
        String text = token.text();
        for (int i = 0; i < bodyOffset + offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * 3.11 decodes f-strings once the parser has read the whole run of literals, and its errors point at
     * the last token read (_PyPegen_raise_error): the one after the run. A line break there is a point.
     */
    private static Pos errorPosition(Token after) {
        Pos pos = after.pos();
        boolean lineEnd = after.kind() == Token.Kind.NEWLINE || after.kind() == Token.Kind.END;
        return lineEnd ? Pos.point(pos.line(), pos.column()) : pos;
    }

    private CompileError error(String detail) {
        return source.syntaxError(errorAt, detail);
    }
}
