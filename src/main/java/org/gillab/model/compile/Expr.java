package org.gillab.model.compile;

import java.util.List;

/** Expression nodes of the supported subset, named after CPython's ast module. */
sealed interface Expr {
    Pos pos();

    /** A literal: Long, BigInteger, Double, String, Boolean, null, or a List (constant tuple). */
    record Constant(Pos pos, Object value) implements Expr {}

    record Name(Pos pos, String id) implements Expr {}

    record BinOp(Pos pos, Expr left, BinaryOperator op, Expr right) implements Expr {}

    /** op is one of UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT. */
    record UnaryOp(Pos pos, Opcode op, Expr operand) implements Expr {}

    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}

    /** ops are Python's spellings: "<", "is not", "in"... */
    record Compare(Pos pos, Expr left, List<String> ops, List<Expr> comparators) implements Expr {}

    record IfExp(Pos pos, Expr test, Expr body, Expr orElse) implements Expr {}

    record Call(Pos pos, Expr func, List<Expr> args, List<String> keywordNames, List<Expr> keywordValues)
            implements Expr {}

    record Attribute(Pos pos, Expr value, String attr) implements Expr {}

    record Subscript(Pos pos, Expr value, Expr index) implements Expr {}

    /** lower, upper and step may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    record Tuple(Pos pos, List<Expr> elements) implements Expr {}

    record ListDisplay(Pos pos, List<Expr> elements) implements Expr {}

    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record ListComp(Pos pos, Expr element, List<Comprehension> generators) implements Expr {}

    record Comprehension(Expr target, Expr iter, List<Expr> ifs) {}

    /** An f-string (joined with adjacent literals): Constant strings and FormattedValues. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /** conversion: 0 none, 1 !s, 2 !r (FORMAT_VALUE's encoding); formatSpec may be null. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}
}
