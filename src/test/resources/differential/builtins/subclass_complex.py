# Subclasses of complex are real subclasses: methods, attributes, __slots__, overridden special methods;
# arithmetic on them gives a plain complex, as CPython's complex methods do.
import copy


class C(complex):
    def __repr__(self):
        return f"C({self.real}, {self.imag})"

    def conj(self):
        return C(self.real, -self.imag)

    @property
    def norm(self):
        return abs(self)


c = C(1, 2)
print(c, repr(c), str(c), [c], f"{c}", c.conj(), c.norm, C(3, 4).norm, type(c).__name__)
print(c + 1, type(c + 1).__name__, type(1 + c).__name__, type(c * c).__name__, type(-c).__name__, type(+c).__name__)
print(type(c.conjugate()).__name__, type(c ** 2).__name__, type(c / 2).__name__, type(c - c).__name__, abs(c) ** 2)
print(c == 1 + 2j, 1 + 2j == c, hash(c) == hash(1 + 2j), c.real, c.imag, bool(C()), bool(c), C() == 0)
print(isinstance(c, complex), isinstance(c, C), issubclass(C, complex), type(complex(c)).__name__, complex(c))
print({c: "x"}[1 + 2j], C("3+4j"), C(5), C(real=1, imag=-1), C(), C(1.5), format(c, ".1f"))
c.tag = "t"
print(c.tag, c.__dict__, vars(c))


class Plain(complex):
    pass


p = Plain(2, -3)
print(p, repr(p), str(p), [p], type(p).__name__, p + p, type(p + p).__name__, p == complex(2, -3))


class Polar(complex):
    def __new__(cls, r, extra=None):
        self = super().__new__(cls, r, r)
        self.extra = extra
        return self

    def __init__(self, r, extra=None):
        self.inited = True


q = Polar(2, "e")
print(q, q.extra, q.inited, type(q).__name__)


class Slotted(complex):
    __slots__ = ("a",)


s = Slotted(1j)
s.a = 5
print(s, s.a, hasattr(s, "__dict__"))
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)


class Odd(complex):
    def __eq__(self, other):
        return "eq"

    def __hash__(self):
        return 42

    def __bool__(self):
        return False

    def __add__(self, other):
        return "added"

    def __abs__(self):
        return -1

    def __str__(self):
        return "odd"


o = Odd(1, 1)
print(o == 3, hash(o), bool(o), o + 1, 1 + o, abs(o), str(o), repr(o), f"{o}", not o)


class WithComplex(complex):
    def __complex__(self):
        return 9j


w = WithComplex(1)
print(complex(w), w, type(complex(w)).__name__)
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1, type(c1).__name__, c1.tag, c2, type(c2).__name__, c2.tag, c1 == c)
print(C.__mro__, sorted(k for k in vars(C) if not k.startswith("__")), "__repr__" in vars(C))


class I(int):
    def double(self):
        return I(self * 2)


class F(float):
    __slots__ = ()

    def half(self):
        return self / 2


i = I(21)
f = F(3.0)
print(i.double(), type(i.double()).__name__, type(i + 1).__name__, repr(i), f.half(), type(f.half()).__name__, repr(f))
print(hasattr(f, "__dict__"), hasattr(i, "__dict__"), isinstance(True, int), type(f).__name__, i == 21, hash(f) == hash(3.0))
try:
    class Bo(bool):
        pass
except TypeError as e:
    print("TypeError", e)
i.x = 1
print(i.x, copy.copy(i), type(copy.copy(i)).__name__, copy.deepcopy(f), type(copy.deepcopy(f)).__name__, int(i), float(f))


# a complex subclass in arithmetic, hashing and containers
class C(complex):
    pass


print(C(1) == 1, C(2j) ** 2, type(C(2j) ** 2).__name__, C(1, 1).conjugate(), complex(C(1, 1)), type(complex(C(1,1))).__name__, C(C(1, 2)), type(C(C(1,2))).__name__)
print(hash(C(1.5)) == hash(1.5), {C(1): "a"}[1], 1 in {C(1)}, C(1, 2) in [1+2j], +C(3), type(+C(3)).__name__, -C(3))
