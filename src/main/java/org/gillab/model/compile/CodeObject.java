package org.gillab.model.compile;

import java.util.List;

/**
 * A compiled module body or function, like CPython's code object.
 *
 * @param name          function name, or {@code "<module>"}
 * @param filename      source file name, for tracebacks
 * @param instructions  packed instructions: {@code opcode ordinal | arg << 8}
 * @param lines         source line of each instruction (1-based)
 * @param columns       source column of each instruction (0-based, as in CPython's tracebacks)
 * @param endLines      line where the source of each instruction ends
 * @param endColumns    column where the source of each instruction ends (exclusive)
 * @param constants     Java values: Long, java.math.BigInteger, Double, String, Boolean, null, CodeObject,
 *                      and List (an immutable tuple of such values, e.g. default values or KW_NAMES)
 * @param names         global, attribute and module names used by LOAD_GLOBAL, LOAD_ATTR, IMPORT_*...
 * @param varNames      local variable names; the first {@code argCount} are the parameters
 * @param argCount      number of positional parameters
 * @param defaultCount  how many trailing parameters have defaults (supplied by MAKE_FUNCTION)
 * @param firstLine     line of the def (1 for a module)
 * @param stackSize     maximum operand-stack depth, so frames can allocate once
 */
public record CodeObject(
        String name,
        String filename,
        int[] instructions,
        int[] lines,
        int[] columns,
        int[] endLines,
        int[] endColumns,
        List<Object> constants,
        List<String> names,
        List<String> varNames,
        int argCount,
        int defaultCount,
        int firstLine,
        int stackSize) {

    /** Ends the source name in the hidden local slot of a comprehension's loop variable, e.g. "x@2:6". */
    static final String HIDDEN_SLOT_MARK = "@";

    /** Where the source of the instruction at {@code index} lies (co_positions()). */
    public Pos position(int index) {
        return new Pos(lines[index], columns[index], endLines[index], endColumns[index]);
    }

    /** The name the source gave a local: a comprehension's hidden slot "x@2:6" is "x". */
    public static String sourceName(String varName) {
        int mark = varName.indexOf(HIDDEN_SLOT_MARK);
        return mark < 0 ? varName : varName.substring(0, mark);
    }

    public static int op(int instruction) {
        return instruction & 0xFF;
    }

    public static int arg(int instruction) {
        return instruction >>> 8;
    }

    public static int pack(Opcode op, int arg) {
        return op.ordinal() | (arg << 8);
    }
}
