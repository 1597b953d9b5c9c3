package org.gillab.model.compile;

import java.util.List;

/** The patterns of a match statement's case clauses, named after CPython's ast module (Parser/Python.asdl). */
sealed interface Pattern {
    Pos pos();

    /** A literal (compared with ==), a dotted name, or a complex literal (an expression the compiler evaluates). */
    record MatchValue(Pos pos, Expr value) implements Pattern {}

    /** None, True or False (value null or a Boolean): compared with "is". */
    record MatchSingleton(Pos pos, Object value) implements Pattern {}

    /** [a, *rest] or (a, b) or a, b; at most one element is a {@link MatchStar}. */
    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}

    /** {key: pattern, **rest}: keys are Constants or Attributes; rest may be null. */
    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    /** cls(positional..., attr=pattern...). */
    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {}

    /** *name in a sequence pattern; name null for *_. */
    record MatchStar(Pos pos, String name) implements Pattern {}

    /** pattern as name; a bare capture has no pattern, the wildcard _ has neither. */
    record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {
        boolean isWildcard() {
            return pattern == null && name == null;
        }
    }

    /** p1 | p2 | ...: at least two alternatives. */
    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}

    /** One case clause: guard may be null. */
    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
}
