package org.gillab.model.compile;

/**
 * The model's instruction set: CPython 3.11's bytecode (Include/opcode.h and the "dis" module
 * documentation), without the adaptive and cache entries. An instruction is one int: the opcode's
 * ordinal in the low 8 bits and its argument in the upper 24 bits (see {@link CodeObject#op} and
 * {@link CodeObject#arg}). Jump arguments are absolute instruction indexes. Which instructions are
 * eval-breaker check points is a property of the interpreter's version profile, not of the opcode: 3.10+
 * checks at {@link #JUMP_BACKWARD}, {@link #CALL} and {@link #RESUME}; 3.9 and earlier at instruction boundaries.
 * Exception handling is by the code object's exception table, as in 3.11, not by SETUP instructions.
 */
public enum Opcode {
    /** Function entry, or a generator's return from a yield (arg 1, 2 after yield from): an eval-breaker check point in 3.10+. */
    RESUME,
    NOP,
    POP_TOP,
    /** Push NULL: the callable of the next CALL is not a method (3.11). */
    PUSH_NULL,
    /** Push a copy of the item arg places down (1 = top of stack). */
    COPY,
    /** Swap top of stack with the item arg places down (2 = the one below). */
    SWAP,
    /** arg: index into constants. */
    LOAD_CONST,
    /** arg: index into the frame's locals. */
    LOAD_FAST,
    STORE_FAST,
    DELETE_FAST,
    /** arg >> 1: index into names; looks in globals, then builtins; arg & 1: push NULL first (3.11). */
    LOAD_GLOBAL,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    /** arg: index into names; looks in the frame's locals mapping, globals, then builtins (module and class bodies). */
    LOAD_NAME,
    STORE_NAME,
    DELETE_NAME,
    /** arg: a cell or free variable's index into the frame's locals; loads the cell's contents. */
    LOAD_DEREF,
    STORE_DEREF,
    DELETE_DEREF,
    /** Push the cell itself (to build a closure). */
    LOAD_CLOSURE,
    /** A free variable read from a class body: the class namespace first, then the cell. */
    LOAD_CLASSDEREF,
    /** At function entry: turn local arg into a cell holding its value. */
    MAKE_CELL,
    /** At function entry: copy the function's arg closure cells into the last locals. */
    COPY_FREE_VARS,
    /** arg: index into names; pops the object, pushes the attribute. */
    LOAD_ATTR,
    /** arg: index into names; TOS = object, TOS1 = value. */
    STORE_ATTR,
    DELETE_ATTR,
    /** arg: index into names; pops the object, pushes (function, object) for a method found on its type, else (NULL, attribute). */
    LOAD_METHOD,
    /** arg: a {@link BinaryOperator} ordinal (CPython's NB_* numbering); in-place variants are separate constants. */
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
    /** TOS = index, TOS1 = container. */
    BINARY_SUBSCR,
    /** TOS = index, TOS1 = container, TOS2 = value. */
    STORE_SUBSCR,
    DELETE_SUBSCR,
    /** arg: item count. */
    BUILD_TUPLE,
    BUILD_LIST,
    BUILD_SET,
    /** arg: pair count; the stack holds key1, value1, ... keyN, valueN. */
    BUILD_MAP,
    /** arg: number of string pieces to concatenate (f-strings). */
    BUILD_STRING,
    /** Format TOS for an f-string. arg bits 0..1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: a format spec is on the stack above the value. */
    FORMAT_VALUE,
    /** arg 2: pops stop and start; arg 3: also step. Pushes slice(start, stop[, step]). */
    BUILD_SLICE,
    /** arg: stack depth of the list. */
    LIST_APPEND,
    SET_ADD,
    /** TOS = value, TOS1 = key, the dict arg places below them. */
    MAP_ADD,
    /** Extend the list arg places down with the iterable on top. */
    LIST_EXTEND,
    SET_UPDATE,
    DICT_UPDATE,
    /** Like DICT_UPDATE for a call's **mappings: a repeated key is a TypeError. */
    DICT_MERGE,
    LIST_TO_TUPLE,
    /** arg: expected item count; pushes the items so that the first is on top. */
    UNPACK_SEQUENCE,
    /** a, *b, c = ...: arg & 0xFF targets before the star, arg >> 8 after it. */
    UNPACK_EX,
    /** arg: absolute target. */
    JUMP_FORWARD,
    /** Backward jump of a loop: an eval-breaker check point in the 3.10+ profiles. arg: absolute target. */
    JUMP_BACKWARD,
    /** A backward jump that is not a check point (yield from's loop). */
    JUMP_BACKWARD_NO_INTERRUPT,
    /** arg: absolute target. */
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    POP_JUMP_IF_NONE,
    POP_JUMP_IF_NOT_NONE,
    JUMP_IF_FALSE_OR_POP,
    JUMP_IF_TRUE_OR_POP,
    GET_ITER,
    /** TOS is an iterator: push its next item, or pop it and jump to arg when exhausted. */
    FOR_ITER,
    /** The keyword names of the following CALL: arg is a constant index of a tuple of str. */
    KW_NAMES,
    /** Before CALL arg: a bound method called with NULL below it is split into (function, self), as in 3.11. */
    PRECALL,
    /** Call with arg arguments (positional then keyword, named by a preceding KW_NAMES). Stack: NULL or a method, the callable or self, the arguments. An eval-breaker check point in 3.10+. */
    CALL,
    /** Call with a tuple of positional arguments and, if arg & 1, a dict of keyword arguments. Stack: NULL, callable, tuple[, dict]. */
    CALL_FUNCTION_EX,
    /** TOS = code object; below it, as arg's flags say: 0x08 a closure tuple, 0x04 an annotations tuple, 0x02 a keyword-only defaults dict, 0x01 a defaults tuple. */
    MAKE_FUNCTION,
    RETURN_VALUE,
    /** Push builtins.__build_class__. */
    LOAD_BUILD_CLASS,
    /** Make __annotations__ in the locals mapping unless it is there. */
    SETUP_ANNOTATIONS,
    LOAD_ASSERTION_ERROR,
    /** Start of a with-block: pops the context manager, pushes its bound __exit__ and then the result of __enter__(). */
    BEFORE_WITH,
    /** Stack: __exit__, lasti, previous exception, exception: push __exit__(type, exception, traceback). */
    WITH_EXCEPT_START,
    /** Entering an except or finally handler: pops the exception, pushes the thread's handled exception, then the exception, which becomes the handled one. */
    PUSH_EXC_INFO,
    /** Pops the previously handled exception and makes it the handled one again. */
    POP_EXCEPT,
    /** TOS = an exception type or tuple, TOS1 = the exception: pops the type, pushes whether the exception matches. */
    CHECK_EXC_MATCH,
    /** Pops an exception and raises it again without a new traceback entry; arg > 0: the frame's last instruction is the int arg places below it. */
    RERAISE,
    /** arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS. */
    RAISE_VARARGS,
    /** At the entry of a generator function: make the generator and return it; it resumes at the next instruction. */
    RETURN_GENERATOR,
    /** Suspends the generator with TOS; it resumes with the sent value on the stack. */
    YIELD_VALUE,
    /** yield from: send TOS to the iterator below it; push what it yields, or replace it with its return value and jump to arg. */
    SEND,
    GET_YIELD_FROM_ITER,
    /** arg: index into names; TOS = fromlist, TOS1 = level; pushes the module (the top package for import a.b). */
    IMPORT_NAME,
    /** arg: index into names; TOS = module (left on the stack), pushes the attribute (or the submodule). */
    IMPORT_FROM,
    /** from module import *: pops the module and copies its public names into the locals mapping. */
    IMPORT_STAR,
    /** Pops TOS and passes it to sys.displayhook: an expression statement compiled in "single" mode (a notebook cell's last). */
    PRINT_EXPR,
    /** arg: value count; TOS = a constant tuple of the keys, below it the values (dict displays with constant keys). */
    BUILD_CONST_KEY_MAP,
    /**
     * except*: TOS = an exception type or tuple, TOS1 = the exception (a group, a naked exception, or None):
     * pops the type; pushes None when nothing matches, else replaces TOS1 with the rest (or None) and pushes
     * the matching group (a naked exception wrapped in one), which becomes the handled exception.
     */
    CHECK_EG_MATCH,
    /** After the except* clauses: TOS = a list of what they raised and the unmatched rest, TOS1 = the original exception: pushes what to raise, or None. */
    PREP_RERAISE_STAR,
    /**
     * await: TOS becomes the iterator to SEND to: a coroutine (not one awaited already), a generator marked by
     * types.coroutine, or what __await__ returns. arg 1: after __aenter__, 2: after __aexit__ (the error says so).
     */
    GET_AWAITABLE,
    /** async with: pops the context manager, pushes its bound __aexit__ and then __aenter__()'s awaitable. */
    BEFORE_ASYNC_WITH,
    /** async for: TOS becomes TOS.__aiter__(). */
    GET_AITER,
    /** async for: pushes the awaitable of TOS.__anext__(), the async iterator staying below it. */
    GET_ANEXT,
    /** An async for's exception handler: TOS = the exception, TOS1 = the async iterator; StopAsyncIteration pops both, anything else is re-raised. */
    END_ASYNC_FOR,
    /** Pushes len(TOS) as an int, TOS staying (a sequence or mapping pattern's length check). */
    GET_LEN,
    /** Pushes whether TOS is a mapping for pattern matching (Py_TPFLAGS_MAPPING), TOS staying. */
    MATCH_MAPPING,
    /** Pushes whether TOS is a sequence for pattern matching (Py_TPFLAGS_SEQUENCE, never str, bytes or bytearray), TOS staying. */
    MATCH_SEQUENCE,
    /** TOS = a tuple of keys, TOS1 = a mapping: pushes a tuple of the values (looked up with its get), or None when a key is missing. */
    MATCH_KEYS,
    /**
     * TOS = a tuple of keyword attribute names, TOS1 = a class, TOS2 = the subject; arg: the number of positional
     * sub-patterns. Pops the three, pushes a tuple of the extracted attributes, or None when the subject does not match.
     */
    MATCH_CLASS,
    /** An async generator's yield: TOS is wrapped so that its asend/athrow awaitable tells it from a value an await passes up. */
    ASYNC_GEN_WRAP;

    private static final Opcode[] VALUES = values();

    public static Opcode of(int ordinal) {
        return VALUES[ordinal];
    }
}
