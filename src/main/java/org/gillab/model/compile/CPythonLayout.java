package org.gillab.model.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A code object's instructions laid out as CPython 3.11 lays out co_code, for the dis module: two bytes a
 * code unit, each instruction followed by its inline CACHE entries (Include/internal/pycore_opcode.h's
 * _PyOpcode_Caches) and preceded by an EXTENDED_ARG for each byte of its argument above the first. Offsets
 * are in bytes, as dis counts them. The model's jumps are absolute instruction indexes; 3.11's are relative
 * code-unit counts, forward from the end of the jump or backward to the target, with the direction in the
 * opcode's name (POP_JUMP_FORWARD_IF_FALSE / POP_JUMP_BACKWARD_IF_FALSE), so both are translated here.
 */
public final class CPythonLayout {
    /**
     * One code unit that is an instruction: its 3.11 name, its argument as 3.11 encodes it (the whole
     * argument, as dis shows it, EXTENDED_ARG's included), its byte offset, how many CACHE entries follow
     * it, and the model instruction it lays out (an EXTENDED_ARG's is the instruction it prefixes).
     */
    public record Unit(String opname, int arg, int offset, int caches, int index) {}

    /** An exception table entry in byte offsets, {@code end} exclusive, as dis parses co_exceptiontable. */
    public record Handler(int start, int end, int target, int depth, boolean lasti) {}

    private final CodeObject code;
    /** How many EXTENDED_ARG units precede each instruction. */
    private final int[] extended;
    /** Byte offset of each instruction's first unit (its first EXTENDED_ARG, if any); one more for the end. */
    private final int[] start;

    public CPythonLayout(CodeObject code) {
        this.code = code;
        int count = code.instructions().length;
        this.extended = new int[count];
        this.start = new int[count + 1];
        // A longer jump argument can need an EXTENDED_ARG, which moves the offsets jumps count: repeat until
        // no prefix count changes (they only grow, so this ends), as CPython's assembler does.
        boolean changed = true;
        while (changed) {
            for (int i = 0; i < count; i++) {
                start[i + 1] = start[i] + 2 * (extended[i] + 1 + caches(op(i)));
            }
            changed = false;
            for (int i = 0; i < count; i++) {
                int needed = prefixes(arg(i));
                if (needed != extended[i]) {
                    extended[i] = needed;
                    changed = true;
                }
            }
        }
    }

    /** The code units that are instructions, in order. */
    public List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < extended.length; i++) {
            int arg = arg(i);
            for (int prefix = 0; prefix < extended[i]; prefix++) {
                units.add(new Unit("EXTENDED_ARG", arg >>> 8 * (extended[i] - prefix), start[i] + 2 * prefix, 0, i));
            }
            units.add(new Unit(opname(i), arg, start[i] + 2 * extended[i], caches(op(i)), i));
        }
        return units;
    }

    /** The code's exception table, its instruction indexes turned into byte offsets. */
    public List<Handler> handlers() {
        int[] table = code.exceptionTable();
        List<Handler> handlers = new ArrayList<>();
        for (int i = 0; i < table.length; i += 4) {
            handlers.add(new Handler(start[table[i]], start[table[i + 1]], start[table[i + 2]], table[i + 3] >> 1,
                    (table[i + 3] & 1) != 0));
        }
        return handlers;
    }

    /** Byte offset where instruction {@code index} starts (its EXTENDED_ARGs included); the code's length for the end. */
    public int offset(int index) {
        return start[index];
    }

    /** Byte offset of instruction {@code index} itself, after its EXTENDED_ARGs: what f_lasti reports. */
    public int instructionOffset(int index) {
        return start[index] + 2 * extended[index];
    }

    private Opcode op(int index) {
        return Opcode.of(CodeObject.op(code.instructions()[index]));
    }

    private int target(int index) {
        return CodeObject.arg(code.instructions()[index]);
    }

    private boolean isJump(int index) {
        return StackDepth.isJump(op(index));
    }

    /** Where the unit after instruction {@code index} and its caches starts: what 3.11's relative jumps count from. */
    private int end(int index) {
        return start[index + 1];
    }

    /** The argument 3.11 encodes: jumps relative in code units, the rest as the model has it. */
    private int arg(int index) {
        if (!isJump(index)) {
            return target(index);
        }
        int distance = start[target(index)] - end(index);
        return Math.abs(distance) / 2;
    }

    /** 3.11's name: the model's (3.12-style) absolute conditional jumps get the direction 3.11 names them by. */
    private String opname(int index) {
        Opcode op = op(index);
        String name = op.name();
        if (name.startsWith("POP_JUMP_IF_")) {
            String direction = target(index) > index ? "FORWARD" : "BACKWARD";
            return "POP_JUMP_" + direction + name.substring("POP_JUMP".length());
        }
        return name;
    }

    private static int prefixes(int arg) {
        int count = 0;
        for (int rest = arg >>> 8; rest != 0; rest >>>= 8) {
            count++;
        }
        return count;
    }

    /** 3.11's inline cache entries after each instruction (_PyOpcode_Caches); none for the others. */
    static int caches(Opcode op) {
        return switch (op) {
            case LOAD_GLOBAL -> 5;
            case LOAD_METHOD -> 10;
            case BINARY_SUBSCR, LOAD_ATTR, STORE_ATTR, CALL -> 4;
            case COMPARE_OP -> 2;
            case STORE_SUBSCR, UNPACK_SEQUENCE, BINARY_OP, PRECALL -> 1;
            default -> 0;
        };
    }
}
