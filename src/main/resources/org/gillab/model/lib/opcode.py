"""
opcode module: CPython 3.11's opcode numbers and the groups the dis module reads arguments by
(Lib/opcode.py's tables). The model runs its own instruction encoding; dis shows each instruction
under the name and number CPython 3.11 gives it, from these tables.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree",
           "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# 3.11's instructions by number (adaptive and specialized forms left out, as opmap leaves them out).
opmap = {
    "CACHE": 0, "POP_TOP": 1, "PUSH_NULL": 2, "NOP": 9, "UNARY_POSITIVE": 10, "UNARY_NEGATIVE": 11,
    "UNARY_NOT": 12, "UNARY_INVERT": 15, "BINARY_SUBSCR": 25, "GET_LEN": 30, "MATCH_MAPPING": 31,
    "MATCH_SEQUENCE": 32, "MATCH_KEYS": 33, "PUSH_EXC_INFO": 35, "CHECK_EXC_MATCH": 36, "CHECK_EG_MATCH": 37,
    "WITH_EXCEPT_START": 49, "GET_AITER": 50, "GET_ANEXT": 51, "BEFORE_ASYNC_WITH": 52, "BEFORE_WITH": 53,
    "END_ASYNC_FOR": 54, "STORE_SUBSCR": 60, "DELETE_SUBSCR": 61, "GET_ITER": 68, "GET_YIELD_FROM_ITER": 69,
    "PRINT_EXPR": 70, "LOAD_BUILD_CLASS": 71, "LOAD_ASSERTION_ERROR": 74, "RETURN_GENERATOR": 75,
    "LIST_TO_TUPLE": 82, "RETURN_VALUE": 83, "IMPORT_STAR": 84, "SETUP_ANNOTATIONS": 85, "YIELD_VALUE": 86,
    "ASYNC_GEN_WRAP": 87, "PREP_RERAISE_STAR": 88, "POP_EXCEPT": 89, "STORE_NAME": 90, "DELETE_NAME": 91,
    "UNPACK_SEQUENCE": 92, "FOR_ITER": 93, "UNPACK_EX": 94, "STORE_ATTR": 95, "DELETE_ATTR": 96,
    "STORE_GLOBAL": 97, "DELETE_GLOBAL": 98, "SWAP": 99, "LOAD_CONST": 100, "LOAD_NAME": 101,
    "BUILD_TUPLE": 102, "BUILD_LIST": 103, "BUILD_SET": 104, "BUILD_MAP": 105, "LOAD_ATTR": 106,
    "COMPARE_OP": 107, "IMPORT_NAME": 108, "IMPORT_FROM": 109, "JUMP_FORWARD": 110,
    "JUMP_IF_FALSE_OR_POP": 111, "JUMP_IF_TRUE_OR_POP": 112, "POP_JUMP_FORWARD_IF_FALSE": 114,
    "POP_JUMP_FORWARD_IF_TRUE": 115, "LOAD_GLOBAL": 116, "IS_OP": 117, "CONTAINS_OP": 118, "RERAISE": 119,
    "COPY": 120, "BINARY_OP": 122, "SEND": 123, "LOAD_FAST": 124, "STORE_FAST": 125, "DELETE_FAST": 126,
    "POP_JUMP_FORWARD_IF_NOT_NONE": 128, "POP_JUMP_FORWARD_IF_NONE": 129, "RAISE_VARARGS": 130,
    "GET_AWAITABLE": 131, "MAKE_FUNCTION": 132, "BUILD_SLICE": 133, "JUMP_BACKWARD_NO_INTERRUPT": 134,
    "MAKE_CELL": 135, "LOAD_CLOSURE": 136, "LOAD_DEREF": 137, "STORE_DEREF": 138, "DELETE_DEREF": 139,
    "JUMP_BACKWARD": 140, "CALL_FUNCTION_EX": 142, "EXTENDED_ARG": 144, "LIST_APPEND": 145, "SET_ADD": 146,
    "MAP_ADD": 147, "LOAD_CLASSDEREF": 148, "COPY_FREE_VARS": 149, "RESUME": 151, "MATCH_CLASS": 152,
    "FORMAT_VALUE": 155, "BUILD_CONST_KEY_MAP": 156, "BUILD_STRING": 157, "LOAD_METHOD": 160,
    "LIST_EXTEND": 162, "SET_UPDATE": 163, "DICT_MERGE": 164, "DICT_UPDATE": 165, "PRECALL": 166, "CALL": 171,
    "KW_NAMES": 172, "POP_JUMP_BACKWARD_IF_NOT_NONE": 173, "POP_JUMP_BACKWARD_IF_NONE": 174,
    "POP_JUMP_BACKWARD_IF_FALSE": 175, "POP_JUMP_BACKWARD_IF_TRUE": 176,
}

opname = ['<%r>' % (number,) for number in range(256)]
for _name, _number in opmap.items():
    opname[_number] = _name
del _name, _number

# Instructions numbered from here on take an argument; those below it ignore theirs.
HAVE_ARGUMENT = 90
EXTENDED_ARG = opmap["EXTENDED_ARG"]


def _numbers(*names):
    return [opmap[name] for name in names]


# The argument indexes co_consts.
hasconst = _numbers("LOAD_CONST", "KW_NAMES")
# The argument indexes co_names (LOAD_GLOBAL's shifted left by one, its low bit asking for a NULL).
hasname = _numbers("STORE_NAME", "DELETE_NAME", "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL", "DELETE_GLOBAL",
                   "LOAD_NAME", "LOAD_ATTR", "IMPORT_NAME", "IMPORT_FROM", "LOAD_GLOBAL", "LOAD_METHOD")
# The argument is a jump distance in code units, forward from the next instruction or, in a name with
# BACKWARD, back from it.
hasjrel = _numbers("FOR_ITER", "JUMP_FORWARD", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
                   "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE", "SEND",
                   "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_FORWARD_IF_NONE", "JUMP_BACKWARD_NO_INTERRUPT",
                   "JUMP_BACKWARD", "POP_JUMP_BACKWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NONE",
                   "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_TRUE")
# No 3.11 instruction jumps to an absolute offset.
hasjabs = []
# The argument indexes the fast locals.
haslocal = _numbers("LOAD_FAST", "STORE_FAST", "DELETE_FAST")
# The argument indexes cmp_op.
hascompare = _numbers("COMPARE_OP")
# The argument indexes the cell and free variables (co_localsplusnames in 3.11).
hasfree = _numbers("MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
                   "LOAD_CLASSDEREF")
# No 3.11 instruction's argument is an argument count of the old form.
hasnargs = []

# BINARY_OP's argument: (NB_* name, operator) at each index.
_nb_ops = [
    ('NB_ADD', '+'),
    ('NB_AND', '&'),
    ('NB_FLOOR_DIVIDE', '//'),
    ('NB_LSHIFT', '<<'),
    ('NB_MATRIX_MULTIPLY', '@'),
    ('NB_MULTIPLY', '*'),
    ('NB_REMAINDER', '%'),
    ('NB_OR', '|'),
    ('NB_POWER', '**'),
    ('NB_RSHIFT', '>>'),
    ('NB_SUBTRACT', '-'),
    ('NB_TRUE_DIVIDE', '/'),
    ('NB_XOR', '^'),
    ('NB_INPLACE_ADD', '+='),
    ('NB_INPLACE_AND', '&='),
    ('NB_INPLACE_FLOOR_DIVIDE', '//='),
    ('NB_INPLACE_LSHIFT', '<<='),
    ('NB_INPLACE_MATRIX_MULTIPLY', '@='),
    ('NB_INPLACE_MULTIPLY', '*='),
    ('NB_INPLACE_REMAINDER', '%='),
    ('NB_INPLACE_OR', '|='),
    ('NB_INPLACE_POWER', '**='),
    ('NB_INPLACE_RSHIFT', '>>='),
    ('NB_INPLACE_SUBTRACT', '-='),
    ('NB_INPLACE_TRUE_DIVIDE', '/='),
    ('NB_INPLACE_XOR', '^='),
]
