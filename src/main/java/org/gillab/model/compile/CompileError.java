package org.gillab.model.compile;

/**
 * A program the compiler rejects: a SyntaxError (not Python) or a NotImplementedError (valid Python
 * outside the model's subset). Its message is laid out like CPython's report of a SyntaxError:
 * <pre>
 *   File "seed.py", line 3
 *     class A: pass
 *     ^^^^^
 * NotImplementedError: class definitions are not supported by the GIL Lab model (...)
 * </pre>
 */
public final class CompileError extends RuntimeException {
    public static final String SYNTAX_ERROR = "SyntaxError";
    public static final String NOT_IMPLEMENTED = "NotImplementedError";
    /** A SyntaxError subclass: a block without its indented body, or a dedent to no outer level. */
    public static final String INDENTATION_ERROR = "IndentationError";
    /** An IndentationError subclass: tabs and spaces mixed so that the indentation depends on a tab's width. */
    public static final String TAB_ERROR = "TabError";

    /**
     * The part of CPython's compiler that reports such an error, which decides what its SyntaxError's text
     * and args hold (see PyErrors.compileError).
     */
    public enum Stage {
        /** The tokenizer: the text is the line without its line break. */
        TOKENIZER,
        /** The parser: the text is the line with its line break. */
        PARSER,
        /** The symbol table: the text only when the file can be read; args hold the message alone. */
        SYMTABLE,
        /** The code generator: the text only when the file can be read. */
        COMPILER
    }

    private final String kind;
    private final String filename;
    private final int line;
    private final int column;
    private final int endColumn;
    private final String sourceLine;
    private final boolean lineBreak;
    private final String detail;
    private final Stage stage;
    private final boolean atEndOfInput;

    /**
     * @param line      1-based line of the offending code
     * @param column    0-based column where it starts
     * @param endColumn 0-based column just past its end on that line (for the carets)
     */
    public CompileError(String kind, String filename, int line, int column, int endColumn,
                        String sourceLine, String detail) {
        this(kind, filename, line, column, endColumn, sourceLine, false, detail, Stage.PARSER, false);
    }

    /**
     * @param lineBreak    whether the line ends in a line break as the tokenizer reads it
     * @param atEndOfInput see {@link #isAtEndOfInput()}
     */
    CompileError(String kind, String filename, int line, int column, int endColumn, String sourceLine, boolean lineBreak,
                 String detail, Stage stage, boolean atEndOfInput) {
        super(report(kind, filename, line, column, endColumn, sourceLine, detail), null, false, false);
        this.kind = kind;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endColumn = endColumn;
        this.sourceLine = sourceLine;
        this.lineBreak = lineBreak;
        this.detail = detail;
        this.stage = stage;
        this.atEndOfInput = atEndOfInput;
    }

    private CompileError(String kind, String filename, String message, String detail) {
        super(message, null, false, false);
        this.kind = kind;
        this.filename = filename;
        this.line = 0;
        this.column = 0;
        this.endColumn = 0;
        this.sourceLine = "";
        this.lineBreak = false;
        this.detail = detail;
        this.stage = Stage.PARSER;
        this.atEndOfInput = false;
    }

    /** A SyntaxError about a whole file, reported without a source line (a file that is not UTF-8). */
    public static CompileError ofFile(String filename, String detail) {
        return new CompileError(SYNTAX_ERROR, filename, SYNTAX_ERROR + ": " + detail, detail);
    }

    /** "SyntaxError" or "NotImplementedError": the Python exception the program would see. */
    public String kind() {
        return kind;
    }

    public String filename() {
        return filename;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** 0-based column, as CPython's SyntaxError.offset minus one and its tracebacks' carets. */
    public int column() {
        return column;
    }

    /** 1-based column, as editors display it (and CPython's SyntaxError.offset). */
    public int displayColumn() {
        return column + 1;
    }

    /** 0-based column just past the offending code on its line. */
    public int endColumn() {
        return endColumn;
    }

    /** The full text of the offending line, without its line break ("" when past the end). */
    public String sourceLine() {
        return sourceLine;
    }

    /**
     * The offending line as CPython's tokenizer holds it: with its line break, which exec input always has
     * (the tokenizer adds one to a last line without), eval and single input only where the text has one.
     */
    public String lineWithBreak() {
        return lineBreak ? sourceLine + "\n" : sourceLine;
    }

    /** What is wrong, e.g. "invalid syntax" or "class definitions are not supported ...". */
    public String detail() {
        return detail;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Whether the parser raised it at the end of the input, at no place of its own ("expected an indented
     * block", "expected 'except' or 'finally' block" there): more lines could still make the input valid,
     * where codeop's PyCF_ALLOW_INCOMPLETE_INPUT has CPython's parser say "incomplete input".
     */
    public boolean isAtEndOfInput() {
        return atEndOfInput;
    }

    /** This error as the code generator reports it, unless an earlier stage claimed it. */
    CompileError fromCompiler() {
        return stage != Stage.PARSER ? this
                : new CompileError(kind, filename, line, column, endColumn, sourceLine, lineBreak, detail, Stage.COMPILER, atEndOfInput);
    }

    /** True for valid Python that the model does not implement. */
    public boolean isNotImplemented() {
        return NOT_IMPLEMENTED.equals(kind);
    }

    /**
     * The report CPython prints for a SyntaxError (or a compile-time NotImplementedError) at a place: the
     * file and line, the source line and carets, then "kind: detail".
     */
    // Mirrors print_error_text() in Python/pythonrun.c: the line is shown without its indentation
    // and the carets are shifted accordingly.
    public static String report(String kind, String filename, int line, int column, int endColumn,
                                String sourceLine, String detail) {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (sourceLine != null) { // a blank line too: only a SyntaxError without text shows none
            int indent = 0;
            while (indent < sourceLine.length() && " \t\f".indexOf(sourceLine.charAt(indent)) >= 0) {
                indent++;
            }
            String shown = sourceLine.substring(indent, sourceLine.endsWith("\n") ? sourceLine.length() - 1 : sourceLine.length());
            int start = Math.max(0, Math.min(column - indent, shown.length()));
            // PyErr_Display marks an IndentationError (and a TabError) with one caret, whatever its end_offset
            boolean oneCaret = kind.equals(INDENTATION_ERROR) || kind.equals(TAB_ERROR);
            int end = oneCaret ? start + 1 : Math.max(start + 1, Math.min(endColumn - indent, shown.length()));
            out.append("    ").append(shown).append('\n');
            if (column >= indent) { // print_error_text: no carets where the offset falls in the indentation
                out.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
            }
        }
        return out.append(kind).append(": ").append(detail).toString();
    }
}
