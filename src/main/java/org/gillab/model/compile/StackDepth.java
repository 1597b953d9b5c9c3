package org.gillab.model.compile;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The operand-stack depth at every instruction of a code object, found like stackdepth() in CPython's
 * Python/compile.c: follow every path through the instructions from depth 0, applying each
 * instruction's stack effect (which for some jumps differs between the jump and the fall-through). An
 * instruction covered by an exception handler is also a path to the handler, entered with the stack cut
 * to the handler's depth plus the exception (and lasti).
 */
final class StackDepth {
    private final int[] depthAt;
    private final int max;

    private StackDepth(int[] depthAt, int max) {
        this.depthAt = depthAt;
        this.max = max;
    }

    static StackDepth of(int[] code, CodeBuilder.Handler[] handlerAt) {
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
            CodeBuilder.Handler h = handlerAt[i];
            if (h != null) {
                int entry = depthAt[h.start] + h.depthAdjust + 1 + (h.lasti ? 1 : 0);
                max = Math.max(max, entry);
                reach(depthAt, work, h.target.index(), entry);
            }
        }
        return new StackDepth(depthAt, max);
    }

    int max() {
        return max;
    }

    boolean reached(int index) {
        return depthAt[index] >= 0;
    }

    /** The depth the stack is cut to when {@code h} catches an exception. */
    int handlerDepth(CodeBuilder.Handler h) {
        return depthAt[h.start] + h.depthAdjust;
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
            case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
                    POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER,
                    SEND -> true;
            default -> false;
        };
    }

    private static boolean endsFlow(Opcode op) {
        return switch (op) {
            case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, RETURN_VALUE, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    /** Mirrors stack_effect() in Python/compile.c, as documented in {@link Opcode}. */
    static int effect(Opcode op, int arg, boolean jump) {
        return switch (op) {
            case RESUME, NOP, SWAP, DELETE_FAST, DELETE_GLOBAL, DELETE_NAME, DELETE_DEREF, LOAD_ATTR, UNARY_NEGATIVE,
                    UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
                    GET_ITER, KW_NAMES, PRECALL, MAKE_CELL, COPY_FREE_VARS, SETUP_ANNOTATIONS, LIST_TO_TUPLE,
                    GET_YIELD_FROM_ITER, YIELD_VALUE, CHECK_EXC_MATCH, CHECK_EG_MATCH, GET_AWAITABLE, GET_AITER,
                    ASYNC_GEN_WRAP -> 0;
            case POP_TOP, STORE_FAST, STORE_GLOBAL, STORE_NAME, STORE_DEREF, BINARY_OP, COMPARE_OP, IS_OP,
                    CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
                    POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, RETURN_VALUE,
                    POP_EXCEPT, RERAISE, IMPORT_NAME, IMPORT_STAR, DELETE_ATTR, PRINT_EXPR, PREP_RERAISE_STAR -> -1;
            case PUSH_NULL, COPY, LOAD_CONST, LOAD_FAST, LOAD_NAME, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
                    LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_FROM, BEFORE_WITH, PUSH_EXC_INFO, WITH_EXCEPT_START,
                    RETURN_GENERATOR, LOAD_METHOD, BEFORE_ASYNC_WITH, GET_ANEXT, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE,
                    MATCH_KEYS -> 1;
            case LOAD_GLOBAL -> 1 + (arg & 1);
            case STORE_ATTR, DELETE_SUBSCR, MAP_ADD, END_ASYNC_FOR -> -2;
            case STORE_SUBSCR -> -3;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case FOR_ITER -> jump ? -1 : 1;
            case SEND -> jump ? -1 : 0;
            case CALL -> -arg - 1;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0xF);
            case RAISE_VARARGS -> -arg;
            case MATCH_CLASS -> -2;
        };
    }
}
