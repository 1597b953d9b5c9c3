package org.gillab.model.compile;

/** Operators of COMPARE_OP (CPython's Py_LT .. Py_GE order). */
public enum CompareOperator {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    public final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    private static final CompareOperator[] VALUES = values();

    public static CompareOperator of(int ordinal) {
        return VALUES[ordinal];
    }
}
