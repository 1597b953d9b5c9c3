package org.gillab.evaluator;

import java.util.function.BooleanSupplier;

/**
 * A cell for a {@link CellMagic}: its first line's argument and the lines below it.
 *
 * @param argument    the rest of the {@code %%name} line, stripped
 * @param body        the cell after its first line
 * @param firstLine   the cell's line number (1-based) of the body's first line, for error reports
 * @param label       how error reports name the cell, e.g. "In [3]"
 * @param interrupted true once the user asked to stop the cell
 */
public record MagicCell(String argument, String body, int firstLine, String label, BooleanSupplier interrupted) {}
