# Subclasses of collections.deque: their methods, attributes, __slots__, __init__ with extra arguments,
# overridden special methods, the default repr naming the class, and copies made by calling the class.
import copy
from collections import deque


class D(deque):
    def push(self, x):
        self.append(x)
        return self

    @property
    def first(self):
        return self[0]


d = D([1, 2], maxlen=3)
d.push(3).push(4)
print(d, repr(d), str(d), [d], type(d).__name__, len(d), d.maxlen, d.first, isinstance(d, deque), issubclass(D, deque))
print(D(), D([1]), D("ab", 2), d == deque([2, 3, 4]), deque([2, 3, 4]) == d, list(d), 3 in d, d[-1], bool(D()))
d.tag = "t"
print(d.tag, d.__dict__, vars(d))
c = d.copy()
print(c, type(c).__name__, c.maxlen, c is d, hasattr(c, "tag"))
c1 = copy.copy(d)
c2 = copy.deepcopy(d)
print(c1, type(c1).__name__, c1.maxlen, hasattr(c1, "tag"), c2, type(c2).__name__, c2.maxlen, c2.tag)
print(type(d + deque([9])).__name__, d + deque([9]), type(d * 2).__name__, d * 2, type(reversed(d)).__name__)
d += [5]
print(d, type(d).__name__)
d *= 2
print(d, type(d).__name__)


class WithInit(deque):
    def __init__(self, items, extra):
        super().__init__(items)
        self.extra = extra


w = WithInit([1, 2], "x")
print(w, w.extra, type(w).__name__, len(w))
try:
    w.copy()
except TypeError as e:
    print("TypeError", e)


class Slotted(deque):
    __slots__ = ("a",)


s = Slotted([1])
s.a = 2
print(s, s.a, hasattr(s, "__dict__"))
try:
    s.b = 3
except AttributeError as e:
    print("AttributeError", e)


class Odd(deque):
    def __repr__(self):
        return "Odd!"

    def __len__(self):
        return 0

    def __eq__(self, other):
        return True

    def __contains__(self, x):
        return x == "in"

    def __getitem__(self, i):
        return "item"

    def __iter__(self):
        return iter("xy")

    __hash__ = None


o = Odd([1, 2])
print(o, repr(o), [o], str(o), len(o), bool(o), o == 5, "in" in o, 1 in o, o[0], list(o), sorted(o))
print(deque(o), list(reversed(o)), o.count(1))
try:
    hash(o)
except TypeError as e:
    print("TypeError", e)


class Sized(deque):
    def __bool__(self):
        return True


print(bool(Sized()), bool(deque()), Sized.__mro__)


# __init__ taking deque's own arguments; recursion in repr; hash and == overridden
class D(deque):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.n = 0
d = D([1, 2, 3], 5)
d.rotate(1); print(d, d.n, d.maxlen, copy.deepcopy(d), copy.deepcopy(d).n, deque([1]) in [deque([1])], D([1]) == [1], D([1]) == deque([1]))
e = D([1]); e.append(e); print(e)
class H(deque):
    def __hash__(self): return 5
    def __eq__(self, o): return True
print({H(): 1}[H([1])], hash(H()))
print(type(D([1]).copy()).__name__, type(copy.copy(D([1], 2))).__name__, D([1], 2).copy().maxlen)
del d.n
print(vars(d))

