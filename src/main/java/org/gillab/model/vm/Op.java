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
    static final int PUSH_NULL = 3;
    static final int COPY = 4;
    static final int SWAP = 5;
    static final int LOAD_CONST = 6;
    static final int LOAD_FAST = 7;
    static final int STORE_FAST = 8;
    static final int DELETE_FAST = 9;
    static final int LOAD_GLOBAL = 10;
    static final int STORE_GLOBAL = 11;
    static final int DELETE_GLOBAL = 12;
    static final int LOAD_NAME = 13;
    static final int STORE_NAME = 14;
    static final int DELETE_NAME = 15;
    static final int LOAD_DEREF = 16;
    static final int STORE_DEREF = 17;
    static final int DELETE_DEREF = 18;
    static final int LOAD_CLOSURE = 19;
    static final int LOAD_CLASSDEREF = 20;
    static final int MAKE_CELL = 21;
    static final int COPY_FREE_VARS = 22;
    static final int LOAD_ATTR = 23;
    static final int STORE_ATTR = 24;
    static final int DELETE_ATTR = 25;
    static final int LOAD_METHOD = 26;
    static final int BINARY_OP = 27;
    static final int UNARY_NEGATIVE = 28;
    static final int UNARY_POSITIVE = 29;
    static final int UNARY_NOT = 30;
    static final int UNARY_INVERT = 31;
    static final int COMPARE_OP = 32;
    static final int IS_OP = 33;
    static final int CONTAINS_OP = 34;
    static final int BINARY_SUBSCR = 35;
    static final int STORE_SUBSCR = 36;
    static final int DELETE_SUBSCR = 37;
    static final int BUILD_TUPLE = 38;
    static final int BUILD_LIST = 39;
    static final int BUILD_SET = 40;
    static final int BUILD_MAP = 41;
    static final int BUILD_STRING = 42;
    static final int FORMAT_VALUE = 43;
    static final int BUILD_SLICE = 44;
    static final int LIST_APPEND = 45;
    static final int SET_ADD = 46;
    static final int MAP_ADD = 47;
    static final int LIST_EXTEND = 48;
    static final int SET_UPDATE = 49;
    static final int DICT_UPDATE = 50;
    static final int DICT_MERGE = 51;
    static final int LIST_TO_TUPLE = 52;
    static final int UNPACK_SEQUENCE = 53;
    static final int UNPACK_EX = 54;
    static final int JUMP_FORWARD = 55;
    static final int JUMP_BACKWARD = 56;
    static final int JUMP_BACKWARD_NO_INTERRUPT = 57;
    static final int POP_JUMP_IF_FALSE = 58;
    static final int POP_JUMP_IF_TRUE = 59;
    static final int POP_JUMP_IF_NONE = 60;
    static final int POP_JUMP_IF_NOT_NONE = 61;
    static final int JUMP_IF_FALSE_OR_POP = 62;
    static final int JUMP_IF_TRUE_OR_POP = 63;
    static final int GET_ITER = 64;
    static final int FOR_ITER = 65;
    static final int KW_NAMES = 66;
    static final int PRECALL = 67;
    static final int CALL = 68;
    static final int CALL_FUNCTION_EX = 69;
    static final int MAKE_FUNCTION = 70;
    static final int RETURN_VALUE = 71;
    static final int LOAD_BUILD_CLASS = 72;
    static final int SETUP_ANNOTATIONS = 73;
    static final int LOAD_ASSERTION_ERROR = 74;
    static final int BEFORE_WITH = 75;
    static final int WITH_EXCEPT_START = 76;
    static final int PUSH_EXC_INFO = 77;
    static final int POP_EXCEPT = 78;
    static final int CHECK_EXC_MATCH = 79;
    static final int RERAISE = 80;
    static final int RAISE_VARARGS = 81;
    static final int RETURN_GENERATOR = 82;
    static final int YIELD_VALUE = 83;
    static final int SEND = 84;
    static final int GET_YIELD_FROM_ITER = 85;
    static final int IMPORT_NAME = 86;
    static final int IMPORT_FROM = 87;
    static final int IMPORT_STAR = 88;
    static final int PRINT_EXPR = 89;
    static final int BUILD_CONST_KEY_MAP = 90;
    static final int CHECK_EG_MATCH = 91;
    static final int PREP_RERAISE_STAR = 92;
    static final int GET_AWAITABLE = 93;
    static final int BEFORE_ASYNC_WITH = 94;
    static final int GET_AITER = 95;
    static final int GET_ANEXT = 96;
    static final int END_ASYNC_FOR = 97;
    static final int GET_LEN = 98;
    static final int MATCH_MAPPING = 99;
    static final int MATCH_SEQUENCE = 100;
    static final int MATCH_KEYS = 101;
    static final int MATCH_CLASS = 102;
    static final int ASYNC_GEN_WRAP = 103;

    // Superinstructions of the 3.11 profile (see Quickening); never in a CodeObject.
    /** LOAD_FAST a; LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t. */
    static final int COMPARE_FAST_CONST_JUMP = 120;
    /** LOAD_FAST a; LOAD_CONST c; BINARY_OP op; STORE_FAST b. */
    static final int BINARY_FAST_CONST_STORE = 121;
    /** LOAD_FAST a; LOAD_FAST b; BINARY_OP op; STORE_FAST c. */
    static final int BINARY_FAST_FAST_STORE = 122;

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
