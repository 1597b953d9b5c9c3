package org.gillab.model.compile;

import java.util.List;

/** Expression nodes, named after CPython's ast module (Parser/Python.asdl), without await. */
sealed interface Expr {
    Pos pos();

    /**
     * A literal: Long, BigInteger, Double, String, Boolean, null (None), {@link Constants.Bytes}, {@link Constants#ELLIPSIS},
     * or a List (a constant tuple).
     */
    record Constant(Pos pos, Object value) implements Expr {}

    record Name(Pos pos, String id) implements Expr {}

    /** target := value; the target is a Name. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}

    record BinOp(Pos pos, Expr left, BinaryOperator op, Expr right) implements Expr {}

    /** op is one of UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT. */
    record UnaryOp(Pos pos, Opcode op, Expr operand) implements Expr {}

    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}

    /** ops are Python's spellings: "<", "is not", "in"... */
    record Compare(Pos pos, Expr left, List<String> ops, List<Expr> comparators) implements Expr {}

    record IfExp(Pos pos, Expr test, Expr body, Expr orElse) implements Expr {}

    record Lambda(Pos pos, Stmt.Arguments args, Expr body) implements Expr {}

    /** args may hold Starred (*iterable); a keyword with a null name is **mapping. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Stmt.Keyword> keywords) implements Expr {}

    record Attribute(Pos pos, Expr value, String attr) implements Expr {}

    record Subscript(Pos pos, Expr value, Expr index) implements Expr {}

    /** lower, upper and step may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    /** *value in a call, a display or an assignment target. */
    record Starred(Pos pos, Expr value) implements Expr {}

    record Tuple(Pos pos, List<Expr> elements) implements Expr {}

    record ListDisplay(Pos pos, List<Expr> elements) implements Expr {}

    record SetDisplay(Pos pos, List<Expr> elements) implements Expr {}

    /** A null key is **mapping, its value the mapping. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record ListComp(Pos pos, Expr element, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr element, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr element, List<Comprehension> generators) implements Expr {}

    /** isAsync: an async for clause. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

    /** value may be null (a bare yield). */
    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** await value, in an async function (or a comprehension in one). */
    record Await(Pos pos, Expr value) implements Expr {}

    /** An f-string (joined with adjacent literals): Constant strings and FormattedValues. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /** conversion: 0 none, 1 !s, 2 !r, 3 !a (FORMAT_VALUE's encoding); formatSpec may be null. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}
}
