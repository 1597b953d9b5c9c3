# Setting or deleting an attribute an object has no __dict__ for: AttributeError naming its type, or the
# read-only or immutable-type message, as CPython words each.
def attempt(label, action):
    try:
        print(label, "->", action())
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


o = object()


def assign():
    o.x = 1


def delete():
    del object().x


attempt("setattr(object())", lambda: setattr(o, "x", 1))
attempt("object().x = 1", assign)
attempt("del object().x", delete)
attempt("object.__setattr__", lambda: object.__setattr__(object(), "x", 1))
attempt("object.__delattr__", lambda: object.__delattr__(object(), "x"))
for value in (1, 1.5, 1j, True, "s", b"b", (), [], {}, set(), frozenset(), None, range(2), slice(1), iter([])):
    attempt("setattr " + type(value).__name__, lambda: setattr(value, "x", 1))
    attempt("delattr " + type(value).__name__, lambda: delattr(value, "x"))
attempt("int.real =", lambda: setattr(1, "real", 2))
attempt("del int.real", lambda: delattr(1, "real"))
attempt("list.append =", lambda: setattr([], "append", 2))
attempt("del list.append", lambda: delattr([], "append"))
attempt("int.x =", lambda: setattr(int, "x", 1))
attempt("del int.x", lambda: delattr(int, "x"))
attempt("del int.__dict__", lambda: delattr(int, "__dict__"))


class Empty:
    __slots__ = ()


class Named:
    __slots__ = ("a",)


class Plain:
    pass


attempt("Empty().x =", lambda: setattr(Empty(), "x", 1))
attempt("del Empty().x", lambda: delattr(Empty(), "x"))
n = Named()
attempt("Named().a =", lambda: setattr(n, "a", 1))
attempt("Named().b =", lambda: setattr(n, "b", 1))
attempt("del Named().b", lambda: delattr(n, "b"))
attempt("del Named().a", lambda: delattr(n, "a"))
attempt("del Named().a again", lambda: delattr(n, "a"))
attempt("del Plain().zz", lambda: delattr(Plain(), "zz"))
attempt("del Plain.zz", lambda: delattr(Plain, "zz"))
import math
attempt("del math.zz", lambda: delattr(math, "zz"))
attempt("math.zz", lambda: math.zz)
