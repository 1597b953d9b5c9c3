package org.gillab.model.compile;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The text being compiled, split in lines, so that every error can quote the offending line; and where
 * the compiler's warnings go.
 */
final class Source {
    final String filename;
    final String text;
    private final String[] lines;
    private final Consumer<String> warnings;
    /** The warnings given so far, as "line:message": the "default" action shows each once per location. */
    private final Set<String> warned;
    /**
     * Whether the last line ends in a line break as the tokenizer reads it: CPython's tokenizer gives exec
     * input one, eval and single input keep the text as it is.
     */
    private final boolean lastLineBreak;

    /** Line breaks are normalised to \n and a leading byte-order mark is dropped, as CPython's tokenizer does. */
    Source(String text, String filename) {
        this(text, filename, warning -> { });
    }

    /** @param warnings receives each SyntaxWarning as warnings.showwarning prints it */
    Source(String text, String filename, Consumer<String> warnings) {
        this(text, filename, warnings, true);
    }

    /** compile()'s "eval" and "single" input: the last line has no line break unless the text ends with one. */
    static Source withoutAddedLineBreak(String text, String filename, Consumer<String> warnings) {
        return new Source(text, filename, warnings, false);
    }

    private Source(String text, String filename, Consumer<String> warnings, boolean lastLineBreak) {
        this.filename = filename == null ? "<string>" : filename;
        String unmarked = text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.text = unmarked == null ? "" : unmarked.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = this.text.split("\n", -1);
        this.warnings = warnings;
        this.warned = new HashSet<>();
        this.lastLineBreak = lastLineBreak;
    }

    private Source(String text, Source original) {
        this.filename = original.filename;
        this.text = text;
        this.lines = original.lines;
        this.warnings = original.warnings;
        this.warned = original.warned;
        this.lastLineBreak = original.lastLineBreak;
    }

    /**
     * A SyntaxWarning at {@code pos}'s line, unless {@code message} is null or was given there already:
     * "file:line: SyntaxWarning: message" and the source line (warnings.formatwarning).
     */
    void warn(Pos pos, String message) {
        if (message == null || !warned.add(pos.line() + ":" + message)) {
            return;
        }
        String quoted = filename.startsWith("<") ? "" : line(pos.line()).strip();
        warnings.accept(filename + ":" + pos.line() + ": SyntaxWarning: " + message + "\n"
                + (quoted.isEmpty() ? "" : "  " + quoted + "\n"));
    }

    /**
     * The text of an f-string replacement field placed at its position in this source (preceded by
     * blank lines and spaces), so that its tokens and errors carry true lines and columns.
     */
    Source embedded(String expression, int line, int column) {
        return new Source("\n".repeat(line - 1) + " ".repeat(column) + expression, this);
    }

    /** Whether the last line ends in a line break as the tokenizer reads it (exec input always does). */
    boolean endsInLineBreak() {
        return lastLineBreak || text.endsWith("\n");
    }

    int lineCount() {
        return lines.length;
    }

    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    CompileError syntaxError(Pos pos, String detail) {
        return error(CompileError.SYNTAX_ERROR, pos, detail);
    }

    CompileError indentationError(Pos pos, String detail) {
        return error(CompileError.INDENTATION_ERROR, pos, detail);
    }

    /**
     * TabError (E_TABSPACE): indentation whose order depends on a tab's width. Its offset is 1 and its
     * end_offset 0, so no carets show under the indented line.
     */
    CompileError tabError(int line) {
        return error(CompileError.TAB_ERROR, new Pos(line, 0, line, -1), "inconsistent use of tabs and spaces in indentation",
                CompileError.Stage.TOKENIZER);
    }

    /** A SyntaxError that CPython's tokenizer reports (an unterminated string, a malformed number). */
    CompileError tokenizerError(Pos pos, String detail) {
        return error(CompileError.SYNTAX_ERROR, pos, detail, CompileError.Stage.TOKENIZER);
    }

    /** A SyntaxError that CPython's symbol table reports (a misplaced global or nonlocal declaration). */
    CompileError symtableError(Pos pos, String detail) {
        return error(CompileError.SYNTAX_ERROR, pos, detail, CompileError.Stage.SYMTABLE);
    }

    /** The source text a node spans (for string annotations under from __future__ import annotations). */
    String text(Pos pos) {
        if (pos.line() == pos.endLine()) {
            return line(pos.line()).substring(pos.column(), Math.min(pos.endColumn(), line(pos.line()).length()));
        }
        StringBuilder out = new StringBuilder(line(pos.line()).substring(pos.column()));
        for (int l = pos.line() + 1; l < pos.endLine(); l++) {
            out.append('\n').append(line(l));
        }
        return out.append('\n').append(line(pos.endLine()), 0, pos.endColumn()).toString();
    }

    CompileError notImplemented(Pos pos, String detail) {
        return error(CompileError.NOT_IMPLEMENTED, pos, detail);
    }

    private CompileError error(String kind, Pos pos, String detail) {
        return error(kind, pos, detail, CompileError.Stage.PARSER);
    }

    private CompileError error(String kind, Pos pos, String detail, CompileError.Stage stage) {
        int end = pos.endLine() == pos.line() ? pos.endColumn() : line(pos.line()).length();
        boolean lineBreak = pos.line() < lines.length || lastLineBreak;
        return new CompileError(kind, filename, pos.line(), pos.column(), end, line(pos.line()), lineBreak, detail, stage);
    }
}
