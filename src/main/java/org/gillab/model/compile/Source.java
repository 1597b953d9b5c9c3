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
    /**
     * Whether this is a script that {@code python FILE} parses from its file: CPython's file tokenizer
     * shows the last line as the file has it, and has let go of its buffer when the parser reports an error
     * at the end of the input ({@link #endOfInput}).
     */
    private final boolean scriptFile;

    /** Line breaks are normalised to \n and a leading byte-order mark is dropped, as CPython's tokenizer does. */
    Source(String text, String filename) {
        this(text, filename, warning -> { });
    }

    /** @param warnings receives each SyntaxWarning as warnings.showwarning prints it */
    Source(String text, String filename, Consumer<String> warnings) {
        this(text, filename, warnings, true, false);
    }

    /** compile()'s "eval" and "single" input: the last line has no line break unless the text ends with one. */
    static Source withoutAddedLineBreak(String text, String filename, Consumer<String> warnings) {
        return new Source(text, filename, warnings, false, false);
    }

    /** The script {@code python FILE} runs, read from its file (exec input otherwise). */
    static Source scriptFile(String text, String filename, Consumer<String> warnings) {
        return new Source(text, filename, warnings, true, true);
    }

    private Source(String text, String filename, Consumer<String> warnings, boolean lastLineBreak, boolean scriptFile) {
        this.filename = filename == null ? "<string>" : filename;
        String unmarked = text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.text = unmarked == null ? "" : unmarked.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = this.text.split("\n", -1);
        this.warnings = warnings;
        this.warned = new HashSet<>();
        this.lastLineBreak = lastLineBreak;
        this.scriptFile = scriptFile;
    }

    private Source(String text, Source original) {
        this.filename = original.filename;
        this.text = text;
        this.lines = original.lines;
        this.warnings = original.warnings;
        this.warned = original.warned;
        this.lastLineBreak = original.lastLineBreak;
        this.scriptFile = original.scriptFile;
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

    /** The number of the last line, as CPython's tokenizer counts lines: a final line break starts none (0 for no text). */
    int lastLine() {
        return text.endsWith("\n") ? lines.length - 1 : text.isEmpty() ? 0 : lines.length;
    }

    /**
     * Where the tokenizer's ENDMARKER, and the DEDENTs before it, stand: the last line, with no column of
     * their own (col_offset and end_col_offset -1), so that an "invalid syntax" there has offset and
     * end_offset 0 and shows no caret.
     */
    Pos endMarker() {
        return new Pos(lastLine(), -1, lastLine(), -1);
    }

    /**
     * Where CPython's parser puts an error it raises at the end of the input without a location of its own
     * (_PyPegen_raise_error at the ENDMARKER: "expected an indented block", "expected 'except' or 'finally'
     * block"): on the last line, past that line as the tokenizer holds it, line break included, with no
     * end (end_offset -1). A script read from its file gets offset 0, no caret: by then the file tokenizer's
     * buffer no longer holds the line.
     */
    Pos endOfInput() {
        int last = lastLine();
        int held = line(last).length() + (holdsLineBreak(last) ? 1 : 0);
        return new Pos(last, scriptFile ? -1 : held - 1, last, -2);
    }

    /** Whether the tokenizer holds line {@code number} with a line break (exec input adds one to the last line). */
    private boolean holdsLineBreak(int number) {
        return number >= 1 && (number < lines.length || lastLineBreak);
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
        // a script's SyntaxError.text is its line as the file has it, exec input's as the tokenizer holds it
        boolean lineBreak = scriptFile ? pos.line() < lines.length : holdsLineBreak(pos.line());
        return new CompileError(kind, filename, pos.line(), pos.column(), end, line(pos.line()), lineBreak, detail, stage,
                pos.equals(endOfInput()));
    }
}
