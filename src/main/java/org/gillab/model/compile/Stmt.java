package org.gillab.model.compile;

import java.util.List;

/**
 * Statement nodes, named after CPython's ast module (Parser/Python.asdl). AsyncFunctionDef, AsyncFor and
 * AsyncWith are FunctionDef, For and With with isAsync set.
 */
sealed interface Stmt {
    Pos pos();

    record ExprStmt(Pos pos, Expr value) implements Stmt {}

    /** targets = value; several targets for a = b = value. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Pos pos, Expr target, BinaryOperator op, Expr value) implements Stmt {}

    /** target: annotation [= value]; simple is a bare name not in parentheses (stored in __annotations__). */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    /** returns (the -> annotation) may be null; pos spans the header, from the decorators' def keyword. */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                       boolean isAsync) implements Stmt {}

    /** keywords: metaclass=... and the like; a keyword with a null name is **kwargs. */
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    /** value may be null. */
    record Return(Pos pos, Expr value) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}

    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync) implements Stmt {}

    /** with a as x, b: one node with two items, as in the ast module. */
    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}

    /** exception and cause may be null (a bare raise has neither). */
    record Raise(Pos pos, Expr exception, Expr cause) implements Stmt {}

    /** star: the handlers are except* clauses (ast.TryStar). */
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, boolean star)
            implements Stmt {}

    /** message may be null. */
    record Assert(Pos pos, Expr test, Expr message) implements Stmt {}

    record Import(Pos pos, List<Alias> names) implements Stmt {}

    /** module is null for "from . import x"; level counts the leading dots; a name "*" imports all. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}

    /** match subject: case ...: the cases' patterns are {@link Pattern}s. */
    record Match(Pos pos, Expr subject, List<Pattern.MatchCase> cases) implements Stmt {}

    // ---- parts of statements ----

    /** asName may be null. */
    record Alias(Pos pos, String name, String asName) {}

    /** target (optional_vars) may be null. */
    record WithItem(Expr context, Expr target) {}

    /** type and name may be null (a bare except). pos spans "except ...:". */
    record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) {}

    /** One parameter; annotation may be null. */
    record Arg(Pos pos, String name, Expr annotation) {}

    /**
     * A parameter list (ast.arguments). defaults belong to the last of posOnly + args; kwDefaults has one
     * entry per kwOnly parameter, null where it has none; varArg and kwArg may be null.
     */
    record Arguments(List<Arg> posOnly, List<Arg> args, Arg varArg, List<Arg> kwOnly, List<Expr> kwDefaults,
                     Arg kwArg, List<Expr> defaults) {
        static final Arguments NONE = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

        /** Every parameter name in co_varnames' order: positional, keyword-only, *args, **kwargs. */
        List<String> names() {
            List<String> names = new java.util.ArrayList<>();
            posOnly.forEach(a -> names.add(a.name()));
            args.forEach(a -> names.add(a.name()));
            kwOnly.forEach(a -> names.add(a.name()));
            if (varArg != null) {
                names.add(varArg.name());
            }
            if (kwArg != null) {
                names.add(kwArg.name());
            }
            return names;
        }
    }

    /** name is null for **mapping in a call or class header. */
    record Keyword(Pos pos, String name, Expr value) {}
}
