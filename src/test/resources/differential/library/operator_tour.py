# operator: every function against the operator it stands for, the dunder aliases, itemgetter /
# attrgetter / methodcaller with their reprs, and CPython's errors.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.lshift(1, 5), operator.rshift(64, 2), operator.and_(12, 10))
print(operator.or_(12, 10), operator.xor(12, 10), operator.neg(5), operator.pos(-5), operator.inv(5), operator.invert(0))
print(operator.abs(-2.5), operator.not_([]), operator.truth([0]), operator.index(7), operator.index(True))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1))
print(operator.indexOf("hello", "l"), operator.concat([1], [2]), operator.concat("a", "b"), operator.call(max, 3, 9, key=None))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__and__ is operator.and_)
print(operator.__call__ is operator.call, hasattr(operator, "__is___"), hasattr(operator, "__truth__"))
print(operator.add, operator.lt, type(operator.add).__name__)

x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x, operator.iconcat([0], (1,)), operator.imul([0], 3), operator.isub(5, 2), operator.ipow(3, 2))
n = 10
for name in ("iand", "ior", "ixor", "ilshift", "irshift", "imod", "ifloordiv", "itruediv"):
    print(name, getattr(operator, name)(n, 3), end="; ")
print()

d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.getitem([1, 2, 3, 4], slice(1, 3)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5), operator.length_hint(5, 42))


class Hinted:
    def __length_hint__(self):
        return 7


class Vector:
    def __init__(self, *v):
        self.v = v

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.v, other.v)))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.v, other.v))

    def __neg__(self):
        return Vector(*(-a for a in self.v))

    def __repr__(self):
        return "Vector%r" % (self.v,)


print(operator.length_hint(Hinted()), operator.add(Vector(1, 2), Vector(3, 4)), operator.matmul(Vector(1, 2), Vector(3, 4)),
      operator.neg(Vector(1, -1)), operator.imatmul(Vector(1, 1), Vector(2, 3)))

rows = [("bob", 30, "b"), ("alice", 25, "a"), ("carol", 30, "c")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("xyz"), itemgetter(0, 2, -1)("xyz"), itemgetter("k")({"k": "v"}), itemgetter(slice(0, 2))("xyz"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter((1, 2))), type(itemgetter(1)))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct


p = P("ann", P("ben"))
print(attrgetter("name")(p), attrgetter("inner.name")(p), attrgetter("name", "inner.name")(p))
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")), type(attrgetter("x")).__name__)
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p), methodcaller("upper")("abc"))
print(repr(methodcaller("greet")), repr(methodcaller("greet", "hi", punct="?")), repr(methodcaller("split", ",", maxsplit=1)))
print(list(map(methodcaller("strip"), [" a ", "b "])), [f(3) for f in map(methodcaller, ["bit_length", "__neg__"])])

for call in [lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.neg(), lambda: operator.add(x=1),
             lambda: operator.concat(1, 2), lambda: operator.index(1.5),
             lambda: operator.indexOf([1, 2], 3), lambda: operator.length_hint(1, "a"), lambda: itemgetter(),
             lambda: itemgetter(1)(5), lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], x=1), lambda: attrgetter(),
             lambda: attrgetter(1), lambda: attrgetter("q")(5), lambda: attrgetter("name.q")(p), lambda: methodcaller(),
             lambda: methodcaller(1), lambda: methodcaller("q")(5), lambda: methodcaller("q")(), lambda: operator.call(),
             lambda: operator.lt(1, "a"), lambda: operator.neg("a"), lambda: operator.iconcat([1], 3), lambda: operator.setitem(1, 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
