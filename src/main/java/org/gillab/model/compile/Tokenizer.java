package org.gillab.model.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits source text into tokens like CPython's Parser/tokenizer.c: NEWLINE ends a logical line,
 * INDENT/DEDENT track indentation, line breaks inside brackets and after a backslash are joined,
 * comments and blank lines vanish. String tokens keep their prefix and quotes ({@link Literals}
 * decodes them).
 */
final class Tokenizer {
    /** CPython's MAXLEVEL (nesting of brackets) and MAXINDENT. */
    private static final int MAX_BRACKETS = 200;
    private static final int MAX_INDENT = 100;

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...",
        "!=", "==", "<=", ">=", "**", "//", "<<", ">>", "->", ":=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    };
    private static final List<String> NUMBER_SUFFIX_KEYWORDS = List.of("and", "else", "for", "if", "in", "is", "not", "or");
    private static final Set<String> STRING_PREFIXES =
            Set.of("r", "u", "f", "b", "br", "rb", "fr", "rf");

    private final Source source;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<Token> brackets = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    /** True for an f-string's replacement field: line breaks are joined as inside brackets. */
    private final boolean expression;

    private Tokenizer(Source source, boolean expression) {
        this.source = source;
        this.text = source.text;
        this.expression = expression;
    }

    static List<Token> tokenize(Source source) {
        return new Tokenizer(source, false).run();
    }

    /** Tokens of one expression (no NEWLINE, INDENT or DEDENT), ended by END. */
    static List<Token> tokenizeExpression(Source source) {
        return new Tokenizer(source, true).run();
    }

    private List<Token> run() {
        indents.push(0);
        boolean atLineStart = true;
        while (pos < text.length()) {
            if (atLineStart && joinsLines()) {
                atLineStart = false;
                if (indentation() || pos >= text.length()) {
                    continue;
                }
            }
            char c = text.charAt(pos);
            if (c == '\n') {
                if (joinsLines() && !lastIs(Token.Kind.NEWLINE) && !tokens.isEmpty()) {
                    add(Token.Kind.NEWLINE, "", column(), column() + 1);
                }
                newline();
                atLineStart = joinsLines(); // inside brackets the next line continues this one
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                continuation();
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos);
            } else if (identifierStart(c)) {
                nameOrString();
            } else {
                operator();
            }
        }
        Pos end = new Pos(line, column(), line, column() + 1);
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            tokens.add(new Token(Token.Kind.UNCLOSED, open.text(), open.line(), open.column(), open.endLine(), open.endColumn()));
            return tokens;
        }
        if (!expression && !tokens.isEmpty() && !lastIs(Token.Kind.NEWLINE)) {
            add(Token.Kind.NEWLINE, "", column(), column());
        }
        while (indents.peek() > 0) {
            indents.pop();
            add(Token.Kind.DEDENT, "", column(), column());
        }
        tokens.add(new Token(Token.Kind.END, "", end.line(), end.column(), end.line(), end.column()));
        return tokens;
    }

    /** Measures the indentation of a new line; returns true when the line is blank or a comment. */
    private boolean indentation() {
        int width = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width = (width / 8 + 1) * 8;
            } else if (c == '\f') {
                width = 0;
            } else {
                break;
            }
            pos++;
        }
        if (pos >= text.length() || "#\n".indexOf(text.charAt(pos)) >= 0 || text.startsWith("\\\n", pos)) {
            return pos < text.length() && text.charAt(pos) != '\\';
        }
        if (width > indents.peek()) {
            if (indents.size() >= MAX_INDENT) {
                throw source.syntaxError(new Pos(line, 0, line, column()), "too many levels of indentation");
            }
            indents.push(width);
            add(Token.Kind.INDENT, "", 0, column());
        } else {
            while (width < indents.peek()) {
                indents.pop();
                add(Token.Kind.DEDENT, "", column(), column());
            }
            if (width != indents.peek()) {
                int end = source.line(line).stripTrailing().length(); // CPython points past the line's last character
                throw source.indentationError(new Pos(line, end, line, end + 1),
                        "unindent does not match any outer indentation level");
            }
        }
        return false;
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void continuation() {
        int start = column();
        pos++;
        if (pos < text.length() && text.charAt(pos) == '\n') {
            newline();
            if (pos >= text.length()) {
                throw source.syntaxError(new Pos(line, 0, line, 1), "unexpected EOF while parsing");
            }
            return;
        }
        if (pos >= text.length() && source.endsInLineBreak()) { // exec input: the backslash meets the added line break
            throw source.syntaxError(new Pos(line, start + 1, line, start + 2), "unexpected EOF while parsing");
        }
        throw source.syntaxError(new Pos(line, start, line, start + 1), "unexpected character after line continuation character");
    }

    private void number() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '0' && pos + 1 < text.length() && "xXoObB".indexOf(text.charAt(pos + 1)) >= 0) {
            String digits = switch (Character.toLowerCase(text.charAt(pos + 1))) {
                case 'x' -> "0123456789abcdefABCDEF_";
                case 'o' -> "01234567_";
                default -> "01_";
            };
            pos += 2;
            while (pos < text.length() && digits.indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++; // a digit too large for the base: Literals reports the literal as invalid
            }
        } else {
            digits();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                digits();
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int mark = pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    digits();
                } else {
                    pos = mark;
                }
            }
            if (pos < text.length() && (text.charAt(pos) == 'j' || text.charAt(pos) == 'J')) {
                pos++;
            }
        }
        if (pos < text.length() && identifierPart(text.charAt(pos)) && !keywordFollows()) {
            int col = pos - lineStart;
            String literal = text.substring(start, pos).toLowerCase();
            String kind = literal.startsWith("0x") ? "hexadecimal" : literal.startsWith("0o") ? "octal"
                    : literal.startsWith("0b") ? "binary" : "decimal";
            throw source.tokenizerError(new Pos(line, start - lineStart, line, col + 1), "invalid " + kind + " literal");
        }
        add(Token.Kind.NUMBER, text.substring(start, pos), start - lineStart, pos - lineStart);
    }

    /** CPython 3.11 only warns about a number glued to one of these keywords, as in "1if x else 2". */
    private boolean keywordFollows() {
        for (String keyword : NUMBER_SUFFIX_KEYWORDS) {
            int end = pos + keyword.length();
            if (text.startsWith(keyword, pos)
                    && (end >= text.length() || !identifierPart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private void digits() {
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
    }

    private void nameOrString() {
        int start = pos;
        while (pos < text.length() && identifierPart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')
                && STRING_PREFIXES.contains(word.toLowerCase())) {
            string(start);
            return;
        }
        add(Token.Kind.NAME, word, start - lineStart, pos - lineStart);
    }

    /** A string literal whose prefix starts at {@code start} and whose quote is at {@link #pos}. */
    private void string(int start) {
        int startLine = line;
        int startColumn = start - lineStart;
        char quote = text.charAt(pos);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= text.length() || (!triple && text.charAt(pos) == '\n')) {
                Pos at = new Pos(startLine, startColumn, startLine, startColumn + 1);
                throw source.tokenizerError(at, triple
                        ? "unterminated triple-quoted string literal (detected at line " + line + ")"
                        : "unterminated string literal (detected at line " + line + ")");
            }
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                pos++;
                c = text.charAt(pos);
                if (c == '\n') {
                    newline();
                } else {
                    pos++;
                }
            } else if (c == '\n') {
                newline();
            } else if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            } else {
                pos++;
            }
        }
        tokens.add(new Token(Token.Kind.STRING, text.substring(start, pos), startLine, startColumn, line, column()));
    }

    private void operator() {
        int start = column();
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                Token token = add(Token.Kind.OP, op, start, start + op.length());
                trackBrackets(token);
                return;
            }
        }
        Pos at = new Pos(line, start, line, start + 1);
        int c = text.codePointAt(pos);
        String code = String.format("%04X", c);
        if (!printable(c)) {
            throw source.tokenizerError(new Pos(line, start, line, start), "invalid non-printable character U+" + code);
        }
        if (c < 0x80) {
            throw source.syntaxError(at, "invalid syntax"); // CPython passes a stray ASCII character on to the parser
        }
        throw source.tokenizerError(new Pos(line, start, line, start),
                "invalid character '" + Character.toString(c) + "' (U+" + code + ")");
    }

    /** A character a name may start with (PEP 3131: Unicode's XID_Start, and '_'). */
    private static boolean identifierStart(char c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    /** A character a name may go on with (Unicode's XID_Continue). */
    private static boolean identifierPart(char c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** str.isprintable() of one character: not a control, format, private-use, unassigned or separator but ' '. */
    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }

    private void trackBrackets(Token token) {
        String op = token.text();
        if (op.equals("(") || op.equals("[") || op.equals("{")) {
            if (brackets.size() >= MAX_BRACKETS) {
                throw source.tokenizerError(token.pos(), "too many nested parentheses");
            }
            brackets.push(token);
        } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
            if (brackets.isEmpty()) {
                throw source.tokenizerError(token.pos(), "unmatched '" + op + "'");
            }
            Token open = brackets.pop();
            String expected = switch (open.text()) {
                case "(" -> ")";
                case "[" -> "]";
                default -> "}";
            };
            if (!expected.equals(op)) {
                throw source.tokenizerError(token.pos(), "closing parenthesis '" + op
                        + "' does not match opening parenthesis '" + open.text() + "'"
                        + (open.line() == token.line() ? "" : " on line " + open.line()));
            }
        }
    }

    /** Outside brackets a line break ends the logical line (and the next one's indentation counts). */
    private boolean joinsLines() {
        return brackets.isEmpty() && !expression;
    }

    private Token add(Token.Kind kind, String value, int startColumn, int endColumn) {
        Token token = new Token(kind, value, line, startColumn, line, endColumn);
        tokens.add(token);
        return token;
    }

    private boolean lastIs(Token.Kind kind) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == kind;
    }

    private int column() {
        return pos - lineStart;
    }
}
