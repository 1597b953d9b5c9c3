package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;

/** Generic traversal of statements: their nested blocks and their own expressions. */
final class Statements {
    private Statements() {
    }

    /** The statement lists nested in stmt (not a def's body: that is another scope). */
    static List<List<Stmt>> blocks(Stmt stmt) {
        if (stmt instanceof Stmt.If s) return List.of(s.body(), s.orElse());
        if (stmt instanceof Stmt.While s) return List.of(s.body(), s.orElse());
        if (stmt instanceof Stmt.For s) return List.of(s.body(), s.orElse());
        if (stmt instanceof Stmt.With s) return List.of(s.body());
        return List.of();
    }

    /** The expressions stmt evaluates in its own scope (a def's defaults, not its body). */
    static List<Expr> expressions(Stmt stmt) {
        List<Expr> result = new ArrayList<>();
        if (stmt instanceof Stmt.ExprStmt s) {
            result.add(s.value());
        } else if (stmt instanceof Stmt.Assign s) {
            result.addAll(s.targets());
            result.add(s.value());
        } else if (stmt instanceof Stmt.AugAssign s) {
            result.add(s.target());
            result.add(s.value());
        } else if (stmt instanceof Stmt.FunctionDef s) {
            result.addAll(s.defaults());
        } else if (stmt instanceof Stmt.Return s && s.value() != null) {
            result.add(s.value());
        } else if (stmt instanceof Stmt.Delete s) {
            result.addAll(s.targets());
        } else if (stmt instanceof Stmt.If s) {
            result.add(s.test());
        } else if (stmt instanceof Stmt.While s) {
            result.add(s.test());
        } else if (stmt instanceof Stmt.For s) {
            result.add(s.target());
            result.add(s.iter());
        } else if (stmt instanceof Stmt.With s) {
            result.add(s.context());
            if (s.target() != null) {
                result.add(s.target());
            }
        } else if (stmt instanceof Stmt.Raise s) {
            result.add(s.exception());
        } else if (stmt instanceof Stmt.Assert s) {
            result.add(s.test());
            if (s.message() != null) {
                result.add(s.message());
            }
        }
        return result;
    }
}
