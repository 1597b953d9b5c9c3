package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;

/** Generic traversal of statements: their nested blocks. */
final class Statements {
    private Statements() {
    }

    /** The statement lists nested in stmt in the same scope (not a def's or class's body). */
    static List<List<Stmt>> blocks(Stmt stmt) {
        if (stmt instanceof Stmt.If s) return List.of(s.body(), s.orElse());
        if (stmt instanceof Stmt.While s) return List.of(s.body(), s.orElse());
        if (stmt instanceof Stmt.For s) return List.of(s.body(), s.orElse());
        if (stmt instanceof Stmt.With s) return List.of(s.body());
        if (stmt instanceof Stmt.Try s) {
            List<List<Stmt>> blocks = new ArrayList<>(List.of(s.body()));
            s.handlers().forEach(h -> blocks.add(h.body()));
            blocks.add(s.orElse());
            blocks.add(s.finalBody());
            return blocks;
        }
        if (stmt instanceof Stmt.Match s) {
            List<List<Stmt>> blocks = new ArrayList<>();
            s.cases().forEach(c -> blocks.add(c.body()));
            return blocks;
        }
        return List.of();
    }
}
