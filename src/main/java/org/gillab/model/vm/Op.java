package org.gillab.model.vm;

import org.gillab.model.compile.Opcode;

/**
 * The opcodes as compile-time int constants, so the eval loop's switch is a plain tableswitch on the
 * instruction's low byte (ceval.c's switch on opcode). Each constant is checked against
 * {@link Opcode#ordinal()} when the class loads.
 */
final class Op {
    private Op() {}

    static final int RESUME = 0;
    static final int NOP = 1;
    static final int POP_TOP = 2;
    static final int COPY = 3;
    static final int SWAP = 4;
    static final int LOAD_CONST = 5;
    static final int LOAD_FAST = 6;
    static final int STORE_FAST = 7;
    static final int DELETE_FAST = 8;
    static final int LOAD_GLOBAL = 9;
    static final int STORE_GLOBAL = 10;
    static final int DELETE_GLOBAL = 11;
    static final int LOAD_ATTR = 12;
    static final int STORE_ATTR = 13;
    static final int BINARY_OP = 14;
    static final int UNARY_NEGATIVE = 15;
    static final int UNARY_POSITIVE = 16;
    static final int UNARY_NOT = 17;
    static final int UNARY_INVERT = 18;
    static final int COMPARE_OP = 19;
    static final int IS_OP = 20;
    static final int CONTAINS_OP = 21;
    static final int BINARY_SUBSCR = 22;
    static final int STORE_SUBSCR = 23;
    static final int DELETE_SUBSCR = 24;
    static final int BUILD_TUPLE = 25;
    static final int BUILD_LIST = 26;
    static final int BUILD_MAP = 27;
    static final int BUILD_STRING = 28;
    static final int FORMAT_VALUE = 29;
    static final int LIST_APPEND = 30;
    static final int UNPACK_SEQUENCE = 31;
    static final int JUMP_FORWARD = 32;
    static final int JUMP_BACKWARD = 33;
    static final int POP_JUMP_IF_FALSE = 34;
    static final int POP_JUMP_IF_TRUE = 35;
    static final int JUMP_IF_FALSE_OR_POP = 36;
    static final int JUMP_IF_TRUE_OR_POP = 37;
    static final int GET_ITER = 38;
    static final int FOR_ITER = 39;
    static final int KW_NAMES = 40;
    static final int CALL = 41;
    static final int MAKE_FUNCTION = 42;
    static final int RETURN_VALUE = 43;
    static final int BEFORE_WITH = 44;
    static final int RAISE_VARARGS = 45;
    static final int IMPORT_NAME = 46;
    static final int IMPORT_FROM = 47;
    static final int BUILD_SLICE = 48;

    // Superinstructions of the 3.11 profile (see Quickening); never in a CodeObject.
    /** LOAD_FAST a; LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t. */
    static final int COMPARE_FAST_CONST_JUMP = 64;
    /** LOAD_FAST a; LOAD_CONST c; BINARY_OP op; STORE_FAST b. */
    static final int BINARY_FAST_CONST_STORE = 65;
    /** LOAD_FAST a; LOAD_FAST b; BINARY_OP op; STORE_FAST c. */
    static final int BINARY_FAST_FAST_STORE = 66;

    static {
        for (Opcode opcode : Opcode.values()) {
            try {
                if (Op.class.getDeclaredField(opcode.name()).getInt(null) != opcode.ordinal()) {
                    throw new ExceptionInInitializerError("Op." + opcode + " does not match Opcode's ordinal");
                }
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError("Op lacks " + opcode + ": regenerate it from Opcode");
            }
        }
    }
}
