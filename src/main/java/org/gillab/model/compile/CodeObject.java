package org.gillab.model.compile;

import java.util.List;

/**
 * A compiled module body, class body or function, like CPython 3.11's code object.
 *
 * @param name            co_name: function name, "<module>", "<lambda>", "<listcomp>"...
 * @param qualname        co_qualname: "outer.<locals>.inner", "K.method"
 * @param filename        source file name, for tracebacks
 * @param instructions    packed instructions: {@code opcode ordinal | arg << 8}
 * @param lines           source line of each instruction (1-based)
 * @param columns         source column of each instruction (0-based, as in CPython's tracebacks)
 * @param endLines        line where the source of each instruction ends
 * @param endColumns      column where the source of each instruction ends (exclusive)
 * @param constants       Java values: Long, java.math.BigInteger, Double, String, Boolean, null, CodeObject,
 *                        {@link Constants.Bytes}, {@link Constants#ELLIPSIS}, and List (an immutable tuple of such values)
 * @param names           global, attribute and module names used by LOAD_GLOBAL, LOAD_ATTR, IMPORT_*...
 * @param localsPlusNames co_localsplusnames: the fast locals, then cells that are not parameters, then free variables
 * @param localsPlusKinds co_localspluskinds: {@link #LOCAL}, {@link #CELL}, {@link #FREE} bits of each
 * @param argCount        co_argcount: positional parameters, positional-only ones included
 * @param posOnlyArgCount co_posonlyargcount
 * @param kwOnlyArgCount  co_kwonlyargcount
 * @param flags           co_flags: {@link #OPTIMIZED}, {@link #VARARGS}, {@link #GENERATOR}...
 * @param firstLine       line of the def (1 for a module)
 * @param stackSize       maximum operand-stack depth, so frames can allocate once
 * @param exceptionTable  co_exceptiontable, four ints an entry: start, end (exclusive), handler, depth << 1 | lasti
 */
public record CodeObject(
        String name,
        String qualname,
        String filename,
        int[] instructions,
        int[] lines,
        int[] columns,
        int[] endLines,
        int[] endColumns,
        List<Object> constants,
        List<String> names,
        List<String> localsPlusNames,
        byte[] localsPlusKinds,
        int argCount,
        int posOnlyArgCount,
        int kwOnlyArgCount,
        int flags,
        int firstLine,
        int stackSize,
        int[] exceptionTable) {

    /** co_flags bits (Include/cpython/code.h). */
    public static final int OPTIMIZED = 0x1;
    public static final int NEWLOCALS = 0x2;
    public static final int VARARGS = 0x4;
    public static final int VARKEYWORDS = 0x8;
    public static final int NESTED = 0x10;
    public static final int GENERATOR = 0x20;
    /** An async def (CO_COROUTINE): a call makes a coroutine. */
    public static final int COROUTINE = 0x80;
    /** A generator function marked by types.coroutine (CO_ITERABLE_COROUTINE): its generators may be awaited. */
    public static final int ITERABLE_COROUTINE = 0x100;
    /** An async def that yields (CO_ASYNC_GENERATOR): a call makes an async generator. */
    public static final int ASYNC_GENERATOR = 0x200;

    /** Kinds of a fast local (CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE); a parameter a closure uses is LOCAL | CELL. */
    public static final byte LOCAL = 0x20;
    public static final byte CELL = 0x40;
    public static final byte FREE = (byte) 0x80;

    /** Where the source of the instruction at {@code index} lies (co_positions()). */
    public Pos position(int index) {
        return new Pos(lines[index], columns[index], endLines[index], endColumns[index]);
    }

    /** co_varnames: the fast locals that are plain locals (parameters first). */
    public List<String> varNames() {
        return withKind(LOCAL);
    }

    /** co_cellvars. */
    public List<String> cellVars() {
        return withKind(CELL);
    }

    /** co_freevars. */
    public List<String> freeVars() {
        return withKind(FREE);
    }

    private List<String> withKind(byte kind) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < localsPlusNames.size(); i++) {
            if ((localsPlusKinds[i] & kind) != 0) {
                names.add(localsPlusNames.get(i));
            }
        }
        return names;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
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
