# Arrays, pointers, byref, cast and string buffers.
import ctypes
from ctypes import *

IntArray4 = c_int * 4
a = IntArray4(1, 2, 3)
print(IntArray4, IntArray4 is c_int * 4, IntArray4._length_, IntArray4._type_, sizeof(IntArray4), alignment(IntArray4))
print(list(a), a[1:3], a[::-1], a[-1], len(a), sizeof(a))
a[3] = 40
a[0:2] = [10, 20]
print([x for x in a], sum(a), 20 in a)
for make in (lambda: IntArray4(1, 2, 3, 4, 5), lambda: a[4], lambda: a["a"], lambda: a.__setitem__(0, "x"),
             lambda: a.__setitem__(slice(0, 2), [1])):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
grid = ((c_int * 3) * 2)((1, 2, 3), (4, 5, 6))
print(sizeof(grid), [list(row) for row in grid], grid[1][2], type(grid[0]).__name__)
d = (c_double * 3)(0.5, 1.5)
print(list(d), (c_char * 3)(b"a", b"b")[:], (c_wchar * 3)("x", "y")[:])

p = pointer(c_int(42))
print(p.contents, p[0], type(p).__name__, POINTER(c_int) is type(p), bool(p), bool(POINTER(c_int)()))
p.contents.value = 43
print(p[0])
p[0] = 44
print(p.contents.value)
q = POINTER(c_int)()
for make in (lambda: q.contents, lambda: q[0], lambda: pointer(3), lambda: byref(3),
             lambda: setattr(p, "contents", c_long(1))):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
q.contents = a
print(q[0], q[3], q[:4], addressof(a) == cast(q, c_void_p).value)

ip = cast(a, POINTER(c_int))
print(ip[2], cast(byref(a, 4), POINTER(c_int))[0], cast(a, c_void_p).value == addressof(a))
ip[1] = 99
print(a[1], cast(c_char_p(b"cast"), c_void_p).value != 0)
try:
    cast(3, c_int)
except TypeError as e:
    print(e)

n = c_int(5)
r = byref(n)
print(type(r).__name__, r._obj is n)
libc = CDLL(None)
libc.sscanf(b"123 456", b"%d %d", byref(n), byref(a, 8))
print(n.value, a[2])

s = create_string_buffer(b"hello", 10)
print(s.raw, s.value, sizeof(s), len(s), s[0], s[1:3], type(s).__name__)
s.value = b"bye"
print(s.raw, s.value)
s[0] = b"B"
print(s.value)
s.raw = b"0123456789"
print(s.value)
print(create_string_buffer(3).raw, create_string_buffer(b"xy").raw)
try:
    s.value = b"far too long for it"
except ValueError as e:
    print(e)
u = create_unicode_buffer("wide")
print(u.value, len(u), sizeof(u), u[:])
u.value = "π≈3"
print(u.value)

src = create_string_buffer(b"source text")
dst = create_string_buffer(16)
print(memmove(dst, src, 6) == addressof(dst), dst.value)
memset(dst, ord("z"), 3)
print(dst.value, string_at(dst), string_at(dst, 2), string_at(addressof(src) + 7))
print(wstring_at(u), wstring_at(addressof(u), 2))

words = (c_char_p * 3)(b"alpha", b"beta", None)
print(words[0], words[1], words[2], [w for w in words])
