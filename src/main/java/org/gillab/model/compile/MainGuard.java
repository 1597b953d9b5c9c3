package org.gillab.model.compile;

import java.util.List;
import java.util.Set;

/**
 * The names a program binds under its main guard, a top-level {@code if __name__ == "__main__":}. A child
 * that re-runs the program as {@code __mp_main__} (CPython's spawn start method) skips that block and
 * lacks them, where a child forked at that point (Linux's default, fork) has them as the parent did.
 */
public final class MainGuard {
    private MainGuard() {}

    /** The names bound at module level inside the program's main guards (assignments, defs, classes, imports, loops, with). */
    public static Set<String> boundNames(String program, String filename) {
        List<Stmt> guarded = Parser.parseModule(new Source(program, filename)).stream()
                .filter(s -> s instanceof Stmt.If test && isMainTest(test.test()))
                .flatMap(s -> ((Stmt.If) s).body().stream())
                .toList();
        return Scope.build(guarded, new Source(program, filename)).boundNames();
    }

    /** {@code __name__ == "__main__"}, either way round. */
    private static boolean isMainTest(Expr test) {
        return test instanceof Expr.Compare c && c.ops().equals(List.of("==")) && c.comparators().size() == 1
                && (isName(c.left()) && isMain(c.comparators().get(0)) || isMain(c.left()) && isName(c.comparators().get(0)));
    }

    private static boolean isName(Expr e) {
        return e instanceof Expr.Name name && name.id().equals("__name__");
    }

    private static boolean isMain(Expr e) {
        return e instanceof Expr.Constant constant && "__main__".equals(constant.value());
    }
}
