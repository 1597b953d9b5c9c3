package org.gillab.evaluator;

import java.util.function.Supplier;

/**
 * A line magic: {@code %name argument} on a line of its own at the top of a cell, before the cell's
 * code, as IPython's line magics. One class per magic; {@link Magics} finds it by {@link #name()}.
 */
interface LineMagic {
    /** The name after the {@code %}. */
    String name();

    /** How it is written, for %help: "%classpath PATH". */
    String usage();

    /** What it does, in one line of %help. */
    String description();

    /** Whether the rest of its line is the first line of the cell's code (%time's) rather than an argument. */
    default boolean takesCode() {
        return false;
    }

    /**
     * Does the magic's work around the rest of the cell.
     *
     * @param rest runs the magics below this one and then the cell's code; returns how the cell ended
     */
    ExecutionOutcome run(String argument, Supplier<ExecutionOutcome> rest);
}
