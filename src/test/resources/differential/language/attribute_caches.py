# Attribute access that the eval loop caches per instruction: every site below runs several times,
# then something changes under it (a class attribute, a descriptor, a method, the object's type).

class Point:
    scale = 2

    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x * self.scale


def read(objs, name):
    out = []
    for o in objs:
        out.append(getattr(o, name) if name != "x" else o.x)
    return out


def norms(objs):
    return [o.norm() for o in objs]


def scaled(objs):
    return [o.scale for o in objs]


ps = [Point(i) for i in range(4)]
print(read(ps, "x"), norms(ps), scaled(ps))

# a class attribute changes: the cached class attribute must not be used any more
Point.scale = 10
print(norms(ps), scaled(ps))

# the instance shadows the class attribute, then stops shadowing it
ps[1].scale = 100
print(scaled(ps), norms(ps))
del ps[1].scale
print(scaled(ps), norms(ps))

# an instance attribute shadows a method: LOAD_METHOD must see the instance's value
ps[2].norm = lambda: "shadowed"
print(norms(ps))
del ps[2].norm
print(norms(ps))

# a method replaced on the class
Point.norm = lambda self: -self.x
print(norms(ps))


# polymorphic sites: several classes through one instruction
class A:
    def who(self):
        return "A"
    tag = "a"

class B(A):
    def who(self):
        return "B"

class C(A):
    tag = "c"

class D:
    def who(self):
        return "D"
    tag = "d"

class E(D):
    pass

mixed = [A(), B(), C(), D(), E(), A(), E(), B()]
for _ in range(3):
    print([m.who() for m in mixed], [m.tag for m in mixed])


# a non-data descriptor that becomes a data descriptor
class Desc:
    def __get__(self, obj, owner):
        return "got"

class Holder:
    d = Desc()

h = Holder()
for _ in range(3):
    h.d = "instance value"
    print(h.d)
    del h.__dict__["d"]
    print(h.d)
Desc.__set__ = lambda self, obj, value: print("__set__", value)
for _ in range(2):
    h.d = "through the descriptor"
    print(h.d)


# __getattr__ for what is missing, __getattribute__ and __setattr__ added after caching
class Lazy:
    def __init__(self):
        self.here = 1

    def __getattr__(self, name):
        return "missing " + name

lz = Lazy()
for _ in range(3):
    print(lz.here, lz.there)
Lazy.__getattribute__ = lambda self, name: "intercepted " + name
for _ in range(2):
    print(lz.here, lz.there)


class Guarded:
    def __init__(self):
        self.v = 0

g = Guarded()
for i in range(3):
    g.v = i
print(g.v)
Guarded.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 100)
for i in range(3):
    g.v = i
print(g.v)


# properties, classmethods, staticmethods and a class with __slots__
class Temp:
    __slots__ = ("c",)

    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @classmethod
    def unit(cls):
        return cls.__name__

    @staticmethod
    def zero():
        return 0

ts = [Temp(i * 10) for i in range(3)]
for t in ts:
    print(t.c, t.f, t.unit(), t.zero())
try:
    ts[0].other = 1
except AttributeError as e:
    print("AttributeError:", e)


# a missing attribute stays an AttributeError, before and after caching
def missing(o):
    try:
        return o.nothing
    except AttributeError as e:
        return str(e)

for o in [Point(1), Point(2), A()]:
    print(missing(o))


# methods of built-in types through the same LOAD_METHOD machinery
words = []
for w in ["a", "b", "c"]:
    words.append(w.upper())
print(words, "-".join(words))
