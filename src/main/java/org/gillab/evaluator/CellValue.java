package org.gillab.evaluator;

/**
 * Where a cell's last expression hands its value, in the block the kernel evaluates it in (see
 * {@link StatementBlocks}). Public because the cells' compiled code calls it; nothing else should.
 */
public final class CellValue {
    private CellValue() {}

    /** Keeps {@code value} as the result of the snippet running now. */
    public static void keep(Object value) {
        KernelExecutionControl.keep(value);
    }
}
