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
    private static final Set<String> STRING_PREFIXES =
            Set.of("r", "u", "f", "b", "br", "rb", "fr", "rf");

    private final Source source;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** The same levels measured with a tab as one column (altindstack): where the two orders disagree, tabs and spaces were mixed. */
    private final Deque<Integer> altIndents = new ArrayDeque<>();
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

    /**
     * A program's tokens up to the first error its tokenizer raises, which then ends them as an ERROR token.
     * CPython's tokenizer runs as its parser reads: the parser meets the error where it reads that far, and
     * when it fails earlier, CPython tokenizes on and the tokenizer's error replaces the parser's unless that
     * is an unexpected indent ({@code Parser.tokenizerErrorFirst}).
     *
     * @param error what stopped the tokenizer, or null
     */
    record Program(List<Token> tokens, CompileError error) {}

    static Program tokenize(Source source) {
        Tokenizer tokenizer = new Tokenizer(source, false);
        try {
            return new Program(tokenizer.run(), null);
        } catch (CompileError e) {
            tokenizer.addAt(Token.Kind.ERROR, Pos.point(e.line(), e.column()));
            return new Program(tokenizer.tokens, e);
        }
    }

    /** Tokens of one expression (no NEWLINE, INDENT or DEDENT), ended by END. */
    static List<Token> tokenizeExpression(Source source) {
        return new Tokenizer(source, true).run();
    }

    private List<Token> run() {
        indents.push(0);
        altIndents.push(0);
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
                    add(Token.Kind.NEWLINE, "", column(), column()); // tok_get leaves the '\n' out: no width
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
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            tokens.add(new Token(Token.Kind.UNCLOSED, open.text(), open.line(), open.column(), open.endLine(), open.endColumn()));
            return tokens;
        }
        // an f-string field's end is the ')' CPython's parser adds there; a program's, the ENDMARKER
        Pos endMarker = expression ? Pos.point(line, column()) : source.endMarker();
        if (!expression && !tokens.isEmpty() && !lastIs(Token.Kind.NEWLINE)) {
            if (source.endsInLineBreak()) { // exec input: the line break the tokenizer adds ends the line
                add(Token.Kind.NEWLINE, "", column(), column());
            } else { // eval and single input: an implicit NEWLINE, placed as the ENDMARKER is
                addAt(Token.Kind.NEWLINE, endMarker);
            }
        }
        while (indents.peek() > 0) {
            indents.pop();
            addAt(Token.Kind.DEDENT, endMarker);
        }
        addAt(Token.Kind.END, endMarker);
        return tokens;
    }

    /** A token with no text at {@code pos}, which may lie on another line than the tokenizer (the end of the input). */
    private void addAt(Token.Kind kind, Pos pos) {
        tokens.add(new Token(kind, "", pos.line(), pos.column(), pos.endLine(), pos.endColumn()));
    }

    /** Measures the indentation of a new line; returns true when the line is blank or a comment. */
    private boolean indentation() {
        int width = 0;
        int altWidth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ') {
                width++;
                altWidth++;
            } else if (c == '\t') {
                width = (width / 8 + 1) * 8;
                altWidth++;
            } else if (c == '\f') {
                width = 0;
                altWidth = 0;
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
            if (altWidth <= altIndents.peek()) {
                throw source.tabError(line);
            }
            indents.push(width);
            altIndents.push(altWidth);
            add(Token.Kind.INDENT, "", 0, column());
        } else {
            while (width < indents.peek()) {
                indents.pop();
                altIndents.pop();
                add(Token.Kind.DEDENT, "", column(), column());
            }
            if (width != indents.peek()) {
                int end = source.line(line).stripTrailing().length(); // CPython points past the line's last character
                throw source.indentationError(new Pos(line, end, line, end + 1),
                        "unindent does not match any outer indentation level");
            }
            if (altWidth != altIndents.peek()) {
                throw source.tabError(line);
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
        // a backslash that ends the input: past it on its own line, with no end (end_offset -1)
        Pos atEnd = new Pos(line, start + 1, line, -2);
        pos++;
        if (pos < text.length() && text.charAt(pos) == '\n') {
            newline();
            if (pos >= text.length()) {
                throw source.syntaxError(atEnd, "unexpected EOF while parsing");
            }
            return;
        }
        if (pos >= text.length() && source.endsInLineBreak()) { // exec input: the backslash meets the added line break
            throw source.syntaxError(atEnd, "unexpected EOF while parsing");
        }
        throw source.syntaxError(new Pos(line, start, line, start + 1), "unexpected character after line continuation character");
    }

    /**
     * A NUMBER as tok_get reads one: 0x/0o/0b integers, decimals with fraction, exponent and imaginary
     * suffix, underscores only between digits. Its errors, and where they point, are the tokenizer's.
     */
    private void number() {
        int start = pos;
        if (charAt(pos) == '0' && "xXoObB".indexOf(charAt(pos + 1)) >= 0) {
            prefixedInteger();
        } else {
            decimal(start);
        }
        add(Token.Kind.NUMBER, text.substring(start, pos), start - lineStart, pos - lineStart);
    }

    /** Hexadecimal, octal or binary: a digit of the base after the prefix and after each underscore. */
    private void prefixedInteger() {
        char base = Character.toLowerCase(charAt(pos + 1));
        String kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
        pos += 2;
        do {
            if (charAt(pos) == '_') {
                pos++;
            }
            if (!isDigit(base, charAt(pos))) {
                throw badPrefixedDigit(base, kind);
            }
            while (isDigit(base, charAt(pos))) {
                pos++;
            }
        } while (charAt(pos) == '_');
        if (base != 'x' && isDecimalDigit(charAt(pos))) {
            throw badPrefixedDigit(base, kind);
        }
        verifyEndOfNumber(pos, kind);
    }

    private CompileError badPrefixedDigit(char base, String kind) {
        char c = charAt(pos);
        return base != 'x' && isDecimalDigit(c)
                ? numberError(pos + 1, "invalid digit '" + c + "' in " + kind + " literal")
                : numberError(pos, "invalid " + kind + " literal");
    }

    private static boolean isDigit(char base, char c) {
        return switch (base) {
            case 'x' -> isDecimalDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case 'o' -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /**
     * A decimal integer or float, pos at its first digit or its point. Zeros may lead only an integer that
     * is zero (the error spans them and the first other digit), or a float.
     */
    private void decimal(int start) {
        boolean leadingZeros = false;
        if (charAt(pos) == '0') {
            pos++;
            while (charAt(pos) == '0' || charAt(pos) == '_') {
                if (charAt(pos) == '_' && !isDecimalDigit(charAt(pos + 1))) {
                    throw numberError(pos + 1, "invalid decimal literal");
                }
                pos++;
            }
            leadingZeros = isDecimalDigit(charAt(pos));
        }
        int zerosEnd = pos + 1;
        if (charAt(pos) != '.') {
            decimalTail();
        }
        if (charAt(pos) == '.') {
            pos++;
            if (isDecimalDigit(charAt(pos))) {
                decimalTail();
            }
        } else if (leadingZeros && "eEjJ".indexOf(charAt(pos)) < 0) {
            int column = start - lineStart;
            throw source.tokenizerError(new Pos(line, column, line, zerosEnd - lineStart - 1),
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
        if (charAt(pos) == 'e' || charAt(pos) == 'E') {
            int e = pos++;
            if (charAt(pos) == '+' || charAt(pos) == '-') {
                pos++;
                if (!isDecimalDigit(charAt(pos))) {
                    throw numberError(pos, "invalid decimal literal");
                }
            } else if (!isDecimalDigit(charAt(pos))) {
                verifyEndOfNumber(e, "decimal");
                pos = e; // the e starts the next token
                return;
            }
            decimalTail();
        }
        if (charAt(pos) == 'j' || charAt(pos) == 'J') {
            pos++;
            verifyEndOfNumber(pos, "imaginary");
        } else {
            verifyEndOfNumber(pos, "decimal");
        }
    }

    /** tok_decimal_tail: digits, each underscore followed by a digit. */
    private void decimalTail() {
        while (true) {
            while (isDecimalDigit(charAt(pos))) {
                pos++;
            }
            if (charAt(pos) != '_') {
                return;
            }
            pos++;
            if (!isDecimalDigit(charAt(pos))) {
                throw numberError(pos, "invalid decimal literal");
            }
        }
    }

    /**
     * verify_end_of_number: a letter, digit or underscore right after a number (at {@code at}) is an
     * error, except the start of a keyword that may follow a number ("1if x else 2"), which 3.11 warns about.
     */
    private void verifyEndOfNumber(int at, String kind) {
        char c = charAt(at);
        boolean keyword = switch (c) {
            case 'a' -> text.startsWith("nd", at + 1);
            case 'e' -> text.startsWith("lse", at + 1);
            case 'f' -> text.startsWith("or", at + 1);
            case 'i' -> "fns".indexOf(charAt(at + 1)) >= 0;
            case 'o' -> text.startsWith("r", at + 1);
            case 'n' -> text.startsWith("ot", at + 1);
            default -> false;
        };
        if (keyword) {
            source.warn(new Pos(line, at - lineStart, line, at - lineStart), "invalid " + kind + " literal");
        } else if (isPotentialIdentifierChar(c)) {
            throw numberError(at, "invalid " + kind + " literal");
        }
    }

    /**
     * A number's error where CPython's tokenizer stood: {@code cur} is the index just past the last
     * character it read, and SyntaxError.offset (column + 1) is cur's column, pointing at that character.
     */
    private CompileError numberError(int cur, String message) {
        int column = cur - lineStart - 1;
        return source.tokenizerError(Pos.point(line, column), message);
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    /** is_potential_identifier_char: ASCII letters, digits, underscore, and anything beyond ASCII. */
    private static boolean isPotentialIdentifierChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || isDecimalDigit(c) || c >= 128;
    }

    private static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
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
                int detected = pos >= text.length() ? source.lastLine() : line; // a final line break starts no line
                throw source.tokenizerError(Pos.point(startLine, startColumn), triple
                        ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")");
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
        int c = text.codePointAt(pos);
        String code = String.format("%04X", c);
        if (!printable(c)) {
            throw source.tokenizerError(Pos.point(line, start), "invalid non-printable character U+" + code);
        }
        if (c < 0x80) { // CPython passes a stray ASCII character on to the parser, which fails there
            pos++;
            add(Token.Kind.OP, Character.toString(c), start, start + 1);
            return;
        }
        throw source.tokenizerError(Pos.point(line, start),
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
                throw source.tokenizerError(Pos.point(token.line(), token.column()), "too many nested parentheses");
            }
            brackets.push(token);
        } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
            if (brackets.isEmpty()) {
                throw source.tokenizerError(Pos.point(token.line(), token.column()), "unmatched '" + op + "'");
            }
            Token open = brackets.pop();
            String expected = switch (open.text()) {
                case "(" -> ")";
                case "[" -> "]";
                default -> "}";
            };
            if (!expected.equals(op)) {
                throw source.tokenizerError(Pos.point(token.line(), token.column()), "closing parenthesis '" + op
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
