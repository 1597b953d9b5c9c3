# What ctypes raises: missing libraries and symbols, argument conversions, bad declarations, and callbacks.
import ctypes
import sys
from ctypes import *

libc = CDLL("libc.so.6")


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)


attempt("missing library", lambda: CDLL("libno_such_library_ctypes.so"))
attempt("missing path", lambda: CDLL("/no/such/dir/libx.so"))
attempt("undefined symbol", lambda: libc.no_such_function_xyz)
attempt("undefined item", lambda: libc["no_such_function_xyz"])
attempt("dunder", lambda: libc.__wrapped__)
attempt("float argument", lambda: libc.abs(1.5))
attempt("object argument", lambda: libc.abs(object()))
attempt("as_parameter", lambda: libc.abs(type("Wrapped", (), {"_as_parameter_": -9})()))
attempt("second argument", lambda: libc.strcmp(b"a", 2.0))

libc.strlen.argtypes = [c_char_p]
libc.strlen.restype = c_size_t
attempt("strlen ok", lambda: libc.strlen(b"four"))
attempt("strlen str", lambda: libc.strlen("text"))
attempt("strlen int", lambda: libc.strlen(3))
attempt("strlen none args", lambda: libc.strlen())
attempt("strlen many args", lambda: libc.strlen(b"ab", b"cd"))
libc.abs.argtypes = (c_int,)
attempt("abs argtypes str", lambda: libc.abs("x"))
attempt("abs argtypes float", lambda: libc.abs(2.5))
attempt("abs wraps", lambda: libc.abs(2 ** 32 - 7))


def set_argtypes():
    libc.labs.argtypes = [int]


def set_restype():
    libc.labs.restype = 5


attempt("argtypes without from_param", set_argtypes)
attempt("restype not callable", set_restype)
libc.labs.restype = lambda value: "result %d" % value
attempt("restype callable", lambda: libc.labs(-12))
libc.atoi.errcheck = lambda result, func, args: (result, func.__name__, args)
attempt("errcheck", lambda: libc.atoi(b"77"))

attempt("abstract structure", lambda: Structure())
attempt("abstract simple", lambda: ctypes._SimpleCData())
attempt("array too long", lambda: (c_int * 2)(1, 2, 3))
attempt("negative array", lambda: c_int * -1)


def bad_fields():
    class Bad(Structure):
        _fields_ = [("x", int)]


attempt("bad fields", bad_fields)


def bad_type():
    class Bad(ctypes._SimpleCData):
        _type_ = "y"


attempt("bad _type_", bad_type)

CALLBACK = CFUNCTYPE(c_int, c_int)


def raising(value):
    raise ValueError("callback failed on %d" % value)


sys.stderr.flush()
attempt("callback raising", lambda: isinstance(CALLBACK(raising)(5), int))  # C gets an unspecified int
attempt("callback not callable", lambda: CALLBACK("text"))
attempt("callback wrong argument", lambda: CALLBACK(abs)("x"))
