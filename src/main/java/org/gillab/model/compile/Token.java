package org.gillab.model.compile;

/**
 * One lexical token, with the span it covers (CPython's tokenizer positions: 1-based lines, 0-based
 * columns, end exclusive).
 */
record Token(Kind kind, String text, int line, int column, int endLine, int endColumn) {

    /**
     * UNCLOSED ends the tokens of a source whose brackets are still open at its end, where the text is the
     * innermost open bracket: CPython's tokenizer reports that only when the parser reads that far. ERROR
     * ends the tokens of a program where its tokenizer failed ({@link Tokenizer.Program}).
     */
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END, UNCLOSED, ERROR }

    boolean is(String opOrKeyword) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(opOrKeyword);
    }

    Pos pos() {
        return new Pos(line, column, endLine, endColumn);
    }
}
