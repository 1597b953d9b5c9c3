# Subclasses of weakref.ref: with __slots__ (no __dict__ then), with a __new__ and __init__ taking more
# arguments (KeyedRef's shape), and with an __init__ taking keywords (WeakMethod-like code).
import weakref


class Obj:
    pass


class Slotted(weakref.ref):
    __slots__ = ("extra",)


o = Obj()
r = Slotted(o)
r.extra = 1
print(r.extra, r() is o, hasattr(r, "__dict__"), type(r).__name__)
try:
    r.other = 2
except AttributeError as e:
    print(e)
del r.extra
try:
    r.extra
except AttributeError as e:
    print(e)


class Keyed(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def gone(ref):
    print("gone", type(ref).__name__, ref.key)


k = Keyed(o, gone, "k1")
print(k.key, k() is o, k.__callback__ is gone)


class Extra(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.__dict__.update(extra)


w = Extra(o, None, a=1, b=2)
print(w.a, w.b, vars(w), w() is o)


class Deeper(Slotted):
    __slots__ = ("more",)


d = Deeper(o)
d.extra, d.more = "e", "m"
print(d.extra, d.more, hasattr(d, "__dict__"))


class Loose(Slotted):
    pass


lo = Loose(o)
lo.anything = 5
lo.extra = 6
print(vars(lo), lo.extra)

try:
    weakref.ref(o, callback=print)
except TypeError as e:
    print(e)
try:
    Loose(o, x=1)
except TypeError as e:
    print(e)
try:
    weakref.ref(o, None, None)
except TypeError as e:
    print(e)
print(weakref.ref(o) is weakref.ref(o), Slotted(o) is Slotted(o))

del o
print(r(), k(), w(), d(), r.extra if hasattr(r, "extra") else "unset", k.key, d.more)
