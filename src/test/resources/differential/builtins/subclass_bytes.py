# Subclasses of bytes and bytearray are real subclasses: their methods, attributes, __slots__ and
# overridden special methods, while operations on them return the exact base type, as CPython's do.
import copy


class B(bytes):
    def shout(self):
        return self.upper()

    @property
    def size(self):
        return len(self)


b = B(b"abc")
print(b, repr(b), b.shout(), type(b).__name__, type(b.shout()).__name__, b.size)
print(type(b + b"x").__name__, type(b"x" + b).__name__, type(b * 2).__name__, type(b[0:2]).__name__, type(b[:]).__name__)
print(b == b"abc", b"abc" == b, hash(b) == hash(b"abc"), b[1], list(b), b"b" in b, 98 in b, len(b))
print(isinstance(b, bytes), isinstance(b, B), issubclass(B, bytes), type(b) is B, type(bytes(b)).__name__)
print(type(b.lower()).__name__, type(b.strip()).__name__, type(b.replace(b"a", b"a")).__name__, b.decode())
print([type(p).__name__ for p in b.split(b"b")], type(b.join([b"1", b"2"])).__name__, b.hex(), b.startswith(b"a"))
print({b: 1}[b"abc"], {b"abc": 2}[b], sorted([B(b"z"), b]), bool(B()), bool(b), B(), repr(B(b"")))
print(b"%s!" % b, f"{b}", str(b), memoryview(b).tobytes(), bytes(memoryview(b)))
b.note = "hi"
print(b.note, b.__dict__, vars(b))
print(B(3), B([65, 66]), B("é", "utf-8"), B.fromhex("4142"), type(B.fromhex("4142")).__name__)


class Tagged(bytes):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

    def __repr__(self):
        return f"Tagged({bytes(self)!r}, {self.tag!r})"

    def __str__(self):
        return "<" + self.tag + ">"


t = Tagged(b"xy", "T")
print(t, repr(t), [t], str(t), f"{t}", t.tag, t == b"xy", len(t))


class Slotted(bytes):
    __slots__ = ()


s = Slotted(b"q")
print(hasattr(s, "__dict__"), s, type(s).__name__)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad(bytes):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)


class SlottedBA(bytearray):
    __slots__ = ("a",)


sa = SlottedBA(b"q")
sa.a = 1
print(sa.a, hasattr(sa, "__dict__"), sa)
try:
    sa.b = 2
except AttributeError as e:
    print("AttributeError", e)


class Eq(bytes):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7

    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "item"

    def __contains__(self, x):
        return x == "magic"


e = Eq(b"abc")
print(e == b"zzz", e != b"abc", hash(e), len(e), e[0], "magic" in e, b"a" in e, list(e), bytes(e))


class WithBytes(bytes):
    def __bytes__(self):
        return b"custom"


w = WithBytes(b"raw")
print(bytes(w), w, type(bytes(w)).__name__)


class Copied(bytes):
    pass


c = Copied(b"cc")
c.x = [1]
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1, type(c1).__name__, c1.x, c2, type(c2).__name__, c2.x, c2.x is c.x, c1.x is c.x)


class BA(bytearray):
    def twice(self):
        return self + self


ba = BA(b"xy")
ba.append(122)
ba.extend(b"!")
ba[0] = 65
print(ba, repr(ba), type(ba).__name__, len(ba), ba.twice(), type(ba.twice()).__name__, type(ba.upper()).__name__)
print(type(ba[0:2]).__name__, type(ba + b"1").__name__, ba == b"Ayz!", isinstance(ba, bytearray), bytes(ba))
ba += b"+"
print(ba, type(ba).__name__)
ba.k = 5
print(ba.k, ba.__dict__, BA(), BA(2), BA([1, 2]), str(BA(b"s")))
try:
    hash(ba)
except TypeError as e:
    print("TypeError", e)


class BAInit(bytearray):
    def __init__(self, data, extra):
        super().__init__(data)
        self.extra = extra


bi = BAInit(b"ab", 3)
print(bi, bi.extra, len(bi))
bc = copy.copy(BA(b"cp"))
print(bc, type(bc).__name__)
print(B.__mro__, BA.__mro__, type(b).__name__, type(ba).__name__)


# dict keys, sorting and the buffer protocol with subclasses
import struct, io
class B(bytes):
    def __hash__(self): return 1
    def __eq__(self, o): return bytes(self).lower() == bytes(o).lower()
    def __lt__(self, o): return len(self) < len(o)
k = B(b"AbC")
print({k: 1}.get(B(b"abc")), B(b"abc") in {k}, sorted([B(b"zzz"), B(b"a")]), k in [b"abc"], [b"abc"].index(k) if k in [b"abc"] else None)
class P(bytes): pass
class BA(bytearray): pass
ba = BA(b"hello")
m = memoryview(ba); m[0] = 72; print(ba, m.readonly); m.release()
ba[1:3] = b"EL"; print(ba, ba.pop(), ba)
print(int.from_bytes(P(b"\x01\x00"), "big"), struct.unpack("H", P(b"\x01\x00")), b"-".join([P(b"a"), BA(b"b")]), P(b"ab").hex(":"))
print(io.BytesIO(P(b"xyz")).read(), P(b"a b").split(), type(P(b"a b").split()[0]).__name__, P(b"%d") % 5, type(P(b"%d") % 5).__name__)
print(bytes(P(b"q")) == b"q", type(bytes(P(b"q"))).__name__, isinstance(P(), bytes), P.__base__, BA.__base__)
print(BA(b"ab") == BA(b"ab"), BA(b"ab") + BA(b"c"), BA(b"ab") * 2, 2 * P(b"ab"), type(2 * P(b"ab")).__name__)
class C(complex): pass
