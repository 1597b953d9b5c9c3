package org.gillab.model.compile;

/**
 * The model's instruction set: a stack bytecode modelled on CPython 3.11's (see Include/opcode.h and
 * the "dis" module documentation). An instruction is one int: the opcode's ordinal in the low 8 bits
 * and its argument in the upper 24 bits (see {@link CodeObject#op} and {@link CodeObject#arg}).
 * Jump arguments are absolute instruction indexes. Which instructions are eval-breaker check points
 * is a property of the interpreter's version profile, not of the opcode: 3.10+ checks at
 * {@link #JUMP_BACKWARD}, {@link #CALL} and {@link #RESUME}; 3.9 and earlier at instruction boundaries.
 */
public enum Opcode {
    /** Function entry (3.11 RESUME): an eval-breaker check point. arg unused. */
    RESUME,
    NOP,
    POP_TOP,
    /** Push a copy of the item arg places down (1 = top of stack), like 3.11 COPY. */
    COPY,
    /** Swap top of stack with the item arg places down (2 = the one below), like 3.11 SWAP. */
    SWAP,

    LOAD_CONST,        // arg: index into constants
    LOAD_FAST,         // arg: index into varNames (locals)
    STORE_FAST,
    DELETE_FAST,
    LOAD_GLOBAL,       // arg: index into names; looks in globals, then builtins
    STORE_GLOBAL,
    DELETE_GLOBAL,
    LOAD_ATTR,         // arg: index into names; pops the object, pushes the attribute
    STORE_ATTR,        // arg: index into names; TOS = object, TOS1 = value

    /** arg: a {@link BinaryOperator} ordinal; in-place variants are separate constants, as in 3.11 BINARY_OP. */
    BINARY_OP,
    UNARY_NEGATIVE,
    UNARY_POSITIVE,
    UNARY_NOT,
    UNARY_INVERT,
    /** arg: a {@link CompareOperator} ordinal. */
    COMPARE_OP,
    /** arg 0: "is", 1: "is not". */
    IS_OP,
    /** arg 0: "in", 1: "not in". TOS = container, TOS1 = item. */
    CONTAINS_OP,

    BINARY_SUBSCR,     // TOS = index, TOS1 = container
    STORE_SUBSCR,      // TOS = index, TOS1 = container, TOS2 = value
    DELETE_SUBSCR,

    BUILD_TUPLE,       // arg: item count
    BUILD_LIST,
    BUILD_MAP,         // arg: pair count; stack holds key1, value1, ... keyN, valueN
    /** arg: number of string pieces to concatenate (f-strings). */
    BUILD_STRING,
    /** Format TOS for an f-string. arg bit 0..1: conversion (0 none, 1 str, 2 repr); bit 2: a format spec is on the stack above the value. */
    FORMAT_VALUE,
    LIST_APPEND,       // arg: stack depth of the list (for comprehensions, if supported)
    UNPACK_SEQUENCE,   // arg: expected item count; pushes items so that the first is on top

    JUMP_FORWARD,      // arg: absolute target
    /** Backward jump of a loop: an eval-breaker check point in the 3.10+ profiles. arg: absolute target. */
    JUMP_BACKWARD,
    POP_JUMP_IF_FALSE, // arg: absolute target
    POP_JUMP_IF_TRUE,
    JUMP_IF_FALSE_OR_POP,
    JUMP_IF_TRUE_OR_POP,
    GET_ITER,
    /** TOS is an iterator: push its next item, or pop it and jump to arg when exhausted. */
    FOR_ITER,

    /** The names of keyword arguments of the following CALL: arg is a constant index of a tuple of str. */
    KW_NAMES,
    /**
     * Call with arg arguments (positional then keyword, the keyword names given by a preceding
     * KW_NAMES). Stack: callable, arg1 ... argN. An eval-breaker check point in 3.10+.
     */
    CALL,
    /** arg bit 0: a tuple of default values is on the stack below the code object. TOS = code object constant. */
    MAKE_FUNCTION,
    RETURN_VALUE,
    /**
     * Start of a with-block: pops the context manager, pushes its bound __exit__ and then the result of
     * __enter__(). The compiler calls the __exit__ below with three Nones on every normal way out of the
     * block (end, break, continue, return).
     */
    BEFORE_WITH,

    /** raise: arg 0 re-raises nothing (unsupported bare raise is a compile error), arg 1 raises TOS. */
    RAISE_VARARGS,

    /** arg: index into names of the module name; pushes the module. */
    IMPORT_NAME,
    /** arg: index into names of the attribute; TOS = module (left on the stack), pushes the attribute. */
    IMPORT_FROM,

    /**
     * Build a slice object for subscripts like {@code a[1:n]} or {@code a[::2]} (3.11 BUILD_SLICE).
     * arg 2: pops stop (TOS) and start (TOS1); arg 3: pops step (TOS), stop (TOS1) and start (TOS2);
     * an omitted bound is None. Pushes slice(start, stop[, step]), which BINARY_SUBSCR, STORE_SUBSCR
     * and DELETE_SUBSCR accept as their index. Stack effect: 1 - arg.
     */
    BUILD_SLICE;

    private static final Opcode[] VALUES = values();

    public static Opcode of(int ordinal) {
        return VALUES[ordinal];
    }
}
