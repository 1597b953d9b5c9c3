package org.gillab.evaluator;

import java.util.List;

/**
 * Reads Java source text token by token, as far as the evaluator needs to: names, the operators that
 * tell statements apart, string, text block and character literals as one token each, any other
 * character alone; blanks and comments are skipped. Unicode escapes are not decoded: callers leave
 * text with them to JShell.
 */
final class JavaTokens {
    /** Longest first, so that {@code ==} is not read as {@code =}. */
    private static final List<String> OPERATORS = List.of(">>>=", "<<=", ">>=", "==", "++", "--", "+=", "-=", "*=", "/=",
            "%=", "&=", "|=", "^=", "->", "::");

    private final String text;
    private int position;

    JavaTokens(String text, int from) {
        this.text = text;
        this.position = from;
    }

    /** Where the next token would start to be looked for: just past the last one read. */
    int position() {
        return position;
    }

    /** The next token, or "" at the end of the text. */
    String next() {
        skipBlanksAndComments();
        if (position >= text.length()) {
            return "";
        }
        int start = position;
        char c = text.charAt(position);
        if (Character.isJavaIdentifierStart(c)) {
            while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
                position++;
            }
        } else if (text.startsWith("\"\"\"", position)) {
            position = literalEnd(position + 3, "\"\"\"");
        } else if (c == '"' || c == '\'') {
            position = literalEnd(position + 1, String.valueOf(c));
        } else {
            position += OPERATORS.stream().filter(operator -> text.startsWith(operator, start)).findFirst().map(String::length).orElse(1);
        }
        return text.substring(start, position);
    }

    /** Past the closing quote of a literal whose text starts at {@code from}; backslashes escape the next character. */
    private int literalEnd(int from, String quote) {
        int i = from;
        while (i < text.length() && !text.startsWith(quote, i)) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + quote.length());
    }

    private void skipBlanksAndComments() {
        while (position < text.length()) {
            if (Character.isWhitespace(text.charAt(position))) {
                position++;
            } else if (text.startsWith("//", position)) {
                int newline = text.indexOf('\n', position);
                position = newline < 0 ? text.length() : newline + 1;
            } else if (text.startsWith("/*", position)) {
                int end = text.indexOf("*/", position + 2);
                position = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
