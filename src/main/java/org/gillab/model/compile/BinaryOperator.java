package org.gillab.model.compile;

/**
 * Operators of BINARY_OP, in-place forms included, numbered as CPython 3.11's NB_* constants
 * (Include/opcode.h), with the special methods that implement them (Objects/abstract.c binary_op1).
 */
public enum BinaryOperator {
    ADD("+", "add"), AND("&", "and"), FLOOR_DIVIDE("//", "floordiv"), LSHIFT("<<", "lshift"),
    MATRIX_MULTIPLY("@", "matmul"), MULTIPLY("*", "mul"), REMAINDER("%", "mod"), OR("|", "or"), POWER("**", "pow"),
    RSHIFT(">>", "rshift"), SUBTRACT("-", "sub"), TRUE_DIVIDE("/", "truediv"), XOR("^", "xor"),
    INPLACE_ADD("+=", "add"), INPLACE_AND("&=", "and"), INPLACE_FLOOR_DIVIDE("//=", "floordiv"),
    INPLACE_LSHIFT("<<=", "lshift"), INPLACE_MATRIX_MULTIPLY("@=", "matmul"), INPLACE_MULTIPLY("*=", "mul"),
    INPLACE_REMAINDER("%=", "mod"), INPLACE_OR("|=", "or"), INPLACE_POWER("**=", "pow"), INPLACE_RSHIFT(">>=", "rshift"),
    INPLACE_SUBTRACT("-=", "sub"), INPLACE_TRUE_DIVIDE("/=", "truediv"), INPLACE_XOR("^=", "xor");

    /** How the operator is spelled, "+" or "+=". */
    public final String symbol;
    /** __add__ */
    public final String method;
    /** __radd__ */
    public final String reflected;
    /** __iadd__ for the in-place forms, else null. */
    public final String inPlace;

    BinaryOperator(String symbol, String stem) {
        this.symbol = symbol;
        this.method = "__" + stem + "__";
        this.reflected = "__r" + stem + "__";
        this.inPlace = symbol.endsWith("=") ? "__i" + stem + "__" : null;
    }

    private static final BinaryOperator[] VALUES = values();

    /** The number of operators without their in-place forms. */
    public static final int PLAIN_COUNT = 13;

    public static BinaryOperator of(int ordinal) {
        return VALUES[ordinal];
    }

    /** + for +=, itself for a plain operator. */
    public BinaryOperator plain() {
        return ordinal() >= PLAIN_COUNT ? VALUES[ordinal() - PLAIN_COUNT] : this;
    }

    public boolean isInPlace() {
        return ordinal() >= PLAIN_COUNT;
    }
}
