package org.gillab.model.compile;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The exact maximum operand-stack depth of a code object, found like stackdepth() in CPython's
 * Python/compile.c: follow every path through the instructions from depth 0, applying each
 * instruction's stack effect (which for some jumps differs between the jump and the fall-through).
 */
final class StackDepth {
    private StackDepth() {
    }

    static int max(int[] code) {
        int[] depthAt = new int[code.length + 1];
        Arrays.fill(depthAt, -1);
        Deque<Integer> work = new ArrayDeque<>();
        int max = 0;
        reach(depthAt, work, 0, 0);
        while (!work.isEmpty()) {
            int i = work.pop();
            if (i >= code.length) {
                continue;
            }
            Opcode op = Opcode.of(CodeObject.op(code[i]));
            int arg = CodeObject.arg(code[i]);
            int depth = depthAt[i];
            int next = depth + effect(op, arg, false);
            if (next < 0) {
                throw new IllegalStateException("stack underflow at " + i + " " + op);
            }
            max = Math.max(max, Math.max(next, depth + effect(op, arg, true)));
            if (isJump(op)) {
                reach(depthAt, work, arg, depth + effect(op, arg, true));
            }
            if (!endsFlow(op)) {
                reach(depthAt, work, i + 1, next);
            }
        }
        return max;
    }

    private static void reach(int[] depthAt, Deque<Integer> work, int index, int depth) {
        if (depthAt[index] < 0) {
            depthAt[index] = depth;
            work.push(index);
        } else if (depthAt[index] != depth) {
            throw new IllegalStateException("inconsistent stack depth at " + index + ": " + depthAt[index] + " and " + depth);
        }
    }

    static boolean isJump(Opcode op) {
        return switch (op) {
            case JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
                    JUMP_IF_TRUE_OR_POP, FOR_ITER -> true;
            default -> false;
        };
    }

    private static boolean endsFlow(Opcode op) {
        return op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD || op == Opcode.RETURN_VALUE
                || op == Opcode.RAISE_VARARGS;
    }

    /** Mirrors stack_effect() in Python/compile.c for the model's opcodes, as documented in {@link Opcode}. */
    static int effect(Opcode op, int arg, boolean jump) {
        return switch (op) {
            case RESUME, NOP, SWAP, DELETE_FAST, DELETE_GLOBAL, LOAD_ATTR, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT,
                    UNARY_INVERT, JUMP_FORWARD, JUMP_BACKWARD, GET_ITER, KW_NAMES -> 0;
            case POP_TOP, STORE_FAST, STORE_GLOBAL, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR,
                    LIST_APPEND, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, RETURN_VALUE -> -1;
            case COPY, LOAD_CONST, LOAD_FAST, LOAD_GLOBAL, BEFORE_WITH, IMPORT_NAME, IMPORT_FROM -> 1;
            case STORE_ATTR, DELETE_SUBSCR -> -2;
            case STORE_SUBSCR -> -3;
            case BUILD_TUPLE, BUILD_LIST, BUILD_STRING, BUILD_SLICE -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case FOR_ITER -> jump ? -1 : 1;
            case CALL -> -arg;
            case MAKE_FUNCTION -> -(arg & 1);
            case RAISE_VARARGS -> -arg;
        };
    }
}
