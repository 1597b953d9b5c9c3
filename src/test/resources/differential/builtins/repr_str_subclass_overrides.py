# repr() and str() of an instance of a subclass of a built-in type (of builtins or of a module written
# in C: deque, RLock, socket, SimpleNamespace, partial, FileIO...) call the subclass's __repr__ and
# __str__, however the object is shown: repr, str, f-strings, %-formatting, inside a container.
import _thread
import collections
import functools
import io
import os
import socket
import tempfile
import types

tmp = tempfile.NamedTemporaryFile(delete=False)
tmp.close()
makers = {
    "deque": (collections.deque, lambda cls: cls([1])),
    "defaultdict": (collections.defaultdict, lambda cls: cls()),
    "OrderedDict": (collections.OrderedDict, lambda cls: cls()),
    "RLock": (_thread.RLock, lambda cls: cls()),
    "socket": (socket.socket, lambda cls: cls()),
    "SimpleNamespace": (types.SimpleNamespace, lambda cls: cls(a=1)),
    "partial": (functools.partial, lambda cls: cls(print)),
    "FileIO": (io.FileIO, lambda cls: cls(tmp.name)),
    "list": (list, lambda cls: cls([1])),
    "dict": (dict, lambda cls: cls(a=1)),
    "int": (int, lambda cls: cls(7)),
    "float": (float, lambda cls: cls(1.5)),
    "tuple": (tuple, lambda cls: cls((1,))),
    "set": (set, lambda cls: cls()),
    "ValueError": (ValueError, lambda cls: cls("bad")),
}
for name, (base, make) in makers.items():
    R = type("R" + name, (base,), {"__repr__": lambda self: "R!"})
    S = type("S" + name, (base,), {"__str__": lambda self: "S!"})
    RS = type("RS" + name, (R,), {"__str__": lambda self: "RS:" + repr(self)})
    r, s, rs = make(R), make(S), make(RS)
    print(name, repr(r), str(r), f"{r!r}", "%r" % (r,), [r], (r,), {1: r}, str(s), f"{s!s}", "%s" % (s,),
          str(rs), repr(rs))
    for obj in (r, s, rs):
        if hasattr(obj, "close"):
            obj.close()


class Twice(collections.deque):
    def __repr__(self):
        return "Twice:" + super().__repr__()


class Wrapped(_thread.RLock):
    def __str__(self):
        return "W"


print(repr(Twice([1, 2])), str(Twice()), str(Wrapped()), collections.deque.__repr__(Twice([3])))


class Bad(collections.deque):
    def __repr__(self):
        return 42


try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
os.unlink(tmp.name)
