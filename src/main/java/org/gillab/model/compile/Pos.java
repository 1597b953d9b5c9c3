package org.gillab.model.compile;

/** A source span: 1-based lines, 0-based columns, end exclusive (like CPython's AST positions). */
public record Pos(int line, int column, int endLine, int endColumn) {

    /** Where an error names a character and no span: the tokenizer's errors (SyntaxError.end_offset == offset). */
    static Pos point(int line, int column) {
        return new Pos(line, column, line, column);
    }

    /** The span from the start of this one to the end of {@code last}. */
    Pos to(Pos last) {
        return new Pos(line, column, last.endLine, last.endColumn);
    }
}
