package org.gillab.model.compile;

import java.util.List;

/** Statement nodes of the supported subset, named after CPython's ast module. */
sealed interface Stmt {
    Pos pos();

    record ExprStmt(Pos pos, Expr value) implements Stmt {}

    /** targets = value; several targets for a = b = value. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Pos pos, Expr target, BinaryOperator op, Expr value) implements Stmt {}

    record FunctionDef(Pos pos, String name, List<String> params, List<Expr> defaults, List<Stmt> body)
            implements Stmt {}

    /** value may be null. */
    record Return(Pos pos, Expr value) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}

    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) implements Stmt {}

    /** One context manager per With (a, b: is nested Withs); target may be null. */
    record With(Pos pos, Expr context, Expr target, List<Stmt> body) implements Stmt {}

    record Raise(Pos pos, Expr exception) implements Stmt {}

    /** message may be null. */
    record Assert(Pos pos, Expr test, Expr message) implements Stmt {}

    /** import a, b as c: one module per entry, asNames entries null when there is no 'as'. */
    record Import(Pos pos, List<String> modules, List<String> asNames) implements Stmt {}

    record ImportFrom(Pos pos, String module, List<String> names, List<String> asNames) implements Stmt {}
}
