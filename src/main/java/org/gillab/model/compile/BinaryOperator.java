package org.gillab.model.compile;

/** Operators of BINARY_OP, in-place forms included (CPython 3.11 NB_* constants, Include/opcode.h). */
public enum BinaryOperator {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), TRUE_DIVIDE("/"), FLOOR_DIVIDE("//"), REMAINDER("%"),
    POWER("**"), LSHIFT("<<"), RSHIFT(">>"), AND("&"), OR("|"), XOR("^"),
    INPLACE_ADD("+="), INPLACE_SUBTRACT("-="), INPLACE_MULTIPLY("*="), INPLACE_TRUE_DIVIDE("/="),
    INPLACE_FLOOR_DIVIDE("//="), INPLACE_REMAINDER("%="), INPLACE_POWER("**="), INPLACE_LSHIFT("<<="),
    INPLACE_RSHIFT(">>="), INPLACE_AND("&="), INPLACE_OR("|="), INPLACE_XOR("^=");

    public final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    private static final BinaryOperator[] VALUES = values();

    public static BinaryOperator of(int ordinal) {
        return VALUES[ordinal];
    }
}
