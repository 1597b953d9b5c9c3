# What ctypes instances are as Python objects: unhashable, no arithmetic, a __dict__ of the program's own,
# from_buffer_copy, and the errors of making them.
from ctypes import *


def attempt(make):
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__, e)


class P(Structure):
    _fields_ = [("x", c_int)]


attempt(lambda: hash(c_int(1)))
attempt(lambda: c_int(1) == 1)
attempt(lambda: c_int(1) + 1)
attempt(lambda: vars(c_int(1)))
attempt(lambda: vars(P(1)))
attempt(lambda: P(1)._objects)
attempt(lambda: (c_int * 2)()._b_base_)
attempt(lambda: P(1)._b_needsfree_)
attempt(lambda: str(c_int(3)))
attempt(lambda: c_int * 2.5)
attempt(lambda: POINTER(3))
attempt(lambda: list((c_int * 0)()))
attempt(lambda: c_double(True).value)
attempt(lambda: c_int(True).value)
attempt(lambda: sizeof(P(1)))
attempt(lambda: P.from_buffer_copy(b"\x01\x00\x00\x00").x)
attempt(lambda: P.from_buffer_copy(b"\x01").x)
attempt(lambda: c_int(None))
attempt(lambda: c_int(1, 2))
attempt(lambda: c_int(2 ** 70).value)
p = P(5)
p.note = "mine"
print(vars(p), p.x, p.note)
view = P.from_buffer_copy(bytes(p))
view.x += 1
print(p.x, view.x, bytes(view))
