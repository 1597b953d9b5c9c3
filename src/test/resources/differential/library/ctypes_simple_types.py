# The simple types: values, reprs, wraparound, sizes and alignments.
import ctypes
from ctypes import *

for t in (c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_size_t, c_ssize_t, c_float, c_double, c_char_p, c_wchar_p, c_void_p,
          c_int8, c_uint8, c_int16, c_uint16, c_int32, c_uint32, c_int64, c_uint64):
    print(t.__name__, sizeof(t), alignment(t), t._type_, repr(t().value))

print(c_int(5), c_long(5), c_longlong(5), c_size_t(3), c_int64(1), c_int32(2), c_uint8(3))
print(c_char(b"a"), c_char(65), c_wchar("x"), c_bool(2), c_bool(0), c_double(1.5), c_float(0.1), c_void_p(10), c_void_p())
print(c_ubyte(300).value, c_byte(200).value, c_byte(-129).value, c_short(70000).value, c_ushort(-1).value)
print(c_int(2 ** 32 + 5).value, c_uint(-1).value, c_long(2 ** 63).value, c_ulong(-1).value, c_int8(255).value)
print(c_float(0.1).value, c_double(1e300).value, c_float(1e300).value, c_double(3).value)
print(c_char_p(b"bytes").value, c_wchar_p("text").value, c_char_p().value, c_wchar_p(None).value)

x = c_int(7)
x.value = -1
print(x.value, x, bool(x), bool(c_int(0)), type(x.value))
x.value += 10
print(x.value)
s = c_char_p(b"first")
s.value = b"second"
print(s.value)
print(c_int(3) == c_int(3), sizeof(x), sizeof(c_char_p(b"abc")))


class MyInt(c_int):
    pass


m = MyInt(9)
print(m.value, repr(m).startswith("<MyInt object at 0x"), isinstance(m, c_int), MyInt.from_param(m) is m)
print(type(c_int).__name__, type(c_int).__module__, c_int.__mro__)
print(c_int.from_param(3), c_double.from_param(2), c_char_p.from_param(b"x"), c_char_p.from_param(None))
print(c_long.from_param(5), c_char.from_param(b"a"), c_float.from_param(1), c_ubyte.from_param(3), c_int.from_param(c_int(4)))
print(c_void_p.from_param(77), c_void_p.from_param(None))

for make in (lambda: c_int("x"), lambda: c_int(1.5), lambda: c_double("x"), lambda: c_char(300),
             lambda: c_char(b"ab"), lambda: c_char("a"), lambda: c_wchar(b"a"), lambda: c_wchar("ab"),
             lambda: c_char_p(5.0), lambda: c_int.from_param("x"), lambda: c_char_p.from_param(5),
             lambda: c_void_p.from_param(1.5), lambda: c_wchar_p.from_param(b"x"), lambda: sizeof(3),
             lambda: sizeof(int)):
    try:
        print("made", make())
    except Exception as e:
        print(type(e).__name__, e)
