package org.gillab.model.compile;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Compiles Python source (the GIL Lab subset of Python 3) to the model's bytecode, like the built-in
 * compile(source, filename, "exec"). Usage: {@code CodeObject module = Compiler.compile(text, "seed.py")},
 * then {@code Disassembler.dis(module)} to read it. On Java 17 (JShell included) import this class by
 * its full name: {@code java.lang.Compiler} also exists there (until Java 21), so a wildcard import of
 * this package leaves the simple name ambiguous.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * @return the module's code object; functions defined in it are among its constants
     * @throws CompileError a SyntaxError, or a NotImplementedError for Python outside the model's subset
     */
    public static CodeObject compile(String source, String filename) {
        return compile(source, filename, warning -> { });
    }

    /** compile(), with the SyntaxWarnings CPython's compiler gives passed to {@code warnings}, formatted as printed. */
    public static CodeObject compile(String source, String filename, Consumer<String> warnings) {
        return compile(source, filename, warnings, false);
    }

    /** compile(), as under from __future__ import annotations when {@code futureAnnotations} (CO_FUTURE_ANNOTATIONS). */
    public static CodeObject compile(String source, String filename, Consumer<String> warnings, boolean futureAnnotations) {
        return module(new Source(source, filename, warnings), futureAnnotations);
    }

    /** {@code python FILE}: {@link #compile} of the script, with the SyntaxError's place as CPython gives it for a file it reads. */
    public static CodeObject compileScript(String source, String filename, Consumer<String> warnings) {
        return module(Source.scriptFile(source, filename, warnings), false);
    }

    private static CodeObject module(Source text, boolean futureAnnotations) {
        List<Stmt> body = Parser.parseModule(text);
        return generate(() -> CodeGenerator.module(body, text, false, futureAnnotations));
    }

    /** compile(source, filename, "eval"): one expression, whose value the code object returns (eval()). */
    public static CodeObject compileEval(String source, String filename, Consumer<String> warnings) {
        Source text = Source.withoutAddedLineBreak(source, filename, warnings);
        Expr expression = Parser.parseExpression(text);
        return generate(() -> CodeGenerator.expression(expression, text));
    }

    /**
     * compile(source, filename, "single"): one interactive statement (a compound statement, or simple ones
     * on one logical line separated by ';'), an expression statement's value passed to sys.displayhook;
     * statements on more lines than that are CPython's SyntaxError.
     */
    public static CodeObject compileSingle(String source, String filename, Consumer<String> warnings, boolean futureAnnotations) {
        Source text = Source.withoutAddedLineBreak(source, filename, warnings);
        List<Stmt> body = parseSingle(text, true);
        return generate(() -> CodeGenerator.interactive(body, text, futureAnnotations));
    }

    /** The statements of "single" input, on one logical line unless it is one compound statement. */
    static List<Stmt> parseSingle(Source text, boolean compilerChecks) {
        List<Stmt> body = Parser.parseModule(text, compilerChecks);
        for (int i = 1; i < body.size(); i++) {
            checkSameLogicalLine(text, body.get(i - 1), body.get(i));
        }
        return body;
    }

    /**
     * A "single" statement after another must be a simple statement on the same logical line, after a ';'
     * (CPython's interactive grammar): else CPython's parser fails at the NEWLINE that ends the first one,
     * or, after a compound statement, at the next statement.
     */
    private static void checkSameLogicalLine(Source text, Stmt previous, Stmt next) {
        Pos end = previous.pos();
        Pos start = next.pos();
        String between = text.text(new Pos(end.endLine(), end.endColumn(), start.line(), start.column()));
        if (between.replace("\\\n", "").indexOf('\n') < 0) {
            return;
        }
        if (previous instanceof Stmt.FunctionDef || previous instanceof Stmt.ClassDef || previous instanceof Stmt.If
                || previous instanceof Stmt.While || previous instanceof Stmt.For || previous instanceof Stmt.With
                || previous instanceof Stmt.Try || previous instanceof Stmt.Match) {
            throw text.syntaxError(new Pos(start.line(), start.column(), start.line(), start.column() + 1), "invalid syntax");
        }
        int lineEnd = text.line(end.endLine()).length();
        throw text.syntaxError(new Pos(end.endLine(), lineEnd, end.endLine(), lineEnd + 1),
                "multiple statements found while compiling a single statement");
    }

    /**
     * Compiles a notebook cell as IPython runs one: as {@link #compile}, except that a last statement
     * that is an expression is compiled in compile()'s "single" mode, PRINT_EXPR passing its value to
     * sys.displayhook (which the notebook session replaces to show the value as Out[n]).
     */
    public static CodeObject compileCell(String source, String filename, Consumer<String> warnings) {
        Source text = new Source(source, filename, warnings);
        List<Stmt> body = Parser.parseModule(text);
        return generate(() -> CodeGenerator.module(body, text, true));
    }

    /**
     * Runs the code generator on a parsed program: the errors it finds (a 'return' outside a function) are
     * the ones CPython's compile.c reports after parsing, whose SyntaxError differs from the parser's.
     */
    private static CodeObject generate(Supplier<CodeObject> generator) {
        try {
            return generator.get();
        } catch (CompileError e) {
            throw e.fromCompiler();
        }
    }
}
