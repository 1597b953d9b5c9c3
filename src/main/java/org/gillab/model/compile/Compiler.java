package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles Python source (the GIL Lab subset of Python 3) to the model's bytecode, like the built-in
 * compile(source, filename, "exec"). Usage: {@code CodeObject module = Compiler.compile(text, "seed.py")},
 * then {@code Disassembler.dis(module)} to read it. On Java 17 (JShell included) import this class by
 * its full name: {@code java.lang.Compiler} also exists there (until Java 21), so a wildcard import of
 * this package leaves the simple name ambiguous.
 */
public final class Compiler {
    /** The builtin that {@link #compileCell} passes a cell's last value to, as PRINT_EXPR calls sys.displayhook. */
    public static final String DISPLAY_HOOK = "__displayhook__";

    private Compiler() {
    }

    /**
     * @return the module's code object; functions defined in it are among its constants
     * @throws CompileError a SyntaxError, or a NotImplementedError for Python outside the model's subset
     */
    public static CodeObject compile(String source, String filename) {
        Source text = new Source(source, filename);
        return CodeGenerator.module(Parser.parseModule(text), text);
    }

    /**
     * Compiles a notebook cell: as {@link #compile}, except that when the last statement is an
     * expression, its value is passed to the builtin {@value #DISPLAY_HOOK}. IPython runs a cell's last
     * expression statement in compile()'s "single" mode, whose PRINT_EXPR hands the value to
     * sys.displayhook; rewriting that statement into a call of the hook does the same.
     */
    public static CodeObject compileCell(String source, String filename) {
        Source text = new Source(source, filename);
        List<Stmt> body = new ArrayList<>(Parser.parseModule(text));
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            Expr hook = new Expr.Name(last.pos(), DISPLAY_HOOK);
            Expr call = new Expr.Call(last.pos(), hook, List.of(last.value()), List.of(), List.of());
            body.set(body.size() - 1, new Stmt.ExprStmt(last.pos(), call));
        }
        return CodeGenerator.module(body, text);
    }
}
