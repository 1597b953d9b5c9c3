# Bit fields: CPython 3.11's layout (offsets, bit offsets, sizes), sign extension and masking on writes.
from ctypes import *
class A(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 24), ("d", c_int, 1)]
class B(Structure):
    _fields_ = [("a", c_short, 4), ("b", c_int, 20), ("c", c_char), ("d", c_ubyte, 3), ("e", c_long, 40)]
class C(Structure):
    _fields_ = [("x", c_ubyte, 4), ("y", c_ubyte, 4), ("z", c_ubyte, 4), ("w", c_ushort, 7)]
class D(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("a", c_int, 7), ("b", c_longlong, 60)]
for cls in (A, B, C, D):
    print(cls.__name__, sizeof(cls), alignment(cls), [getattr(cls, f[0]) for f in cls._fields_], [getattr(cls, f[0]).size for f in cls._fields_])
a = A(-3, 15, 2**24 - 1, 1)
print(a.a, a.b, a.c, a.d, bytes(a))
a.a = 5; a.b = -1; a.c = 2**25 + 7; a.d = 0
print(a.a, a.b, a.c, a.d, bytes(a))
b = B(7, -5, b"q", 9, 2**39 + 3)
print(b.a, b.b, b.c, b.d, b.e, bytes(b))
c = C(1, 2, 3, 127)
print(c.x, c.y, c.z, c.w, bytes(c))
d = D(b"x", 63, -(2**59))
print(d.a, d.b, bytes(d))
for fields in ([("x", c_double, 3)], [("x", c_int, 0)], [("x", c_int, 33)], [("x", c_char, 2)]):
    try:
        type("E", (Structure,), {"_fields_": fields})
    except Exception as e:
        print(type(e).__name__, e)


class Flags(Structure):
    _fields_ = [("ready", c_bool, 1), ("count", c_ubyte, 7), ("level", c_byte, 4)]


flags = Flags(True, 100, -3)
print(sizeof(Flags), flags.ready, flags.count, flags.level, bytes(flags))
flags.ready = False
flags.level = 9
print(flags.ready, flags.count, flags.level, bytes(flags))
