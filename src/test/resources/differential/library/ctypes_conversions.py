# Restypes that wrap, struct fields of pointers and arrays, casts into buffers, callbacks of every kind.
import ctypes
from ctypes import *
libc = cdll.LoadLibrary("libc.so.6")
print(CDLL(None).getpid() > 0, libc.time(None) > 1600000000)
libc.toupper.restype = c_char
print(libc.toupper(ord("q")))
libc.abs.restype = c_ubyte
print(libc.abs(-300))
libc.abs.restype = c_bool
print(libc.abs(-3), libc.abs(0))
class Person(Structure):
    _fields_ = [("name", c_char_p), ("age", c_int), ("scores", c_double * 3)]
p = Person(b"Ada", 36, (1.0, 2.0, 3.5))
print(p.name, p.age, list(p.scores), p.scores[2])
p.name = b"Grace"
print(p.name, hasattr(libc, "nosuch"), libc.strlen.__name__)
a = (c_int * 4)(1, 2, 3, 4)
q = cast(addressof(a) + 4, POINTER(c_int))
print(q[0], q[1], [x for x in a], [c_int(1), c_long(2)])
s = create_string_buffer(b"characters")
pc = cast(s, POINTER(c_char))
print(pc[0], pc[:4], isinstance(c_int(1), ctypes._SimpleCData))
SCB = CFUNCTYPE(None, c_char_p, c_double)
seen = []
f = SCB(lambda text, x: seen.append((text, x)))
f(b"hi", 2.5)
print(seen)
DCB = CFUNCTYPE(c_double, c_double)
print(DCB(lambda x: x * 2)(1.25))
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, CFUNCTYPE(c_int, c_void_p, c_void_p)]
CMP = CFUNCTYPE(c_int, c_void_p, c_void_p)
arr = (c_double * 5)(3.5, -1.0, 2.25, 9.0, 0.0)
def cmp(x, y):
    a = c_double.from_address(x).value; b = c_double.from_address(y).value
    return (a > b) - (a < b)
libc.qsort(arr, 5, sizeof(c_double), CMP(cmp))
print(list(arr))
print(c_int.in_dll(CDLL(None), "optind").value >= 0)
