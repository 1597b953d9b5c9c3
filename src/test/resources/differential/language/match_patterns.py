"""match statements: nested and reordered OR captures, star subscripts, scopes (fast locals, closures, class bodies, generators), loops, value patterns, singletons, builtins matching themselves."""
import collections

def f(v):
    match v:
        case [a, (b, c)] | [(b, c), a]:
            return ("nested-or", a, b, c)
        case {"x": x, "y": y} | [x, y, _]:
            return ("xy", x, y)
        case [1, *middle, 9]:
            return ("middle", middle)
        case [*head, 8]:
            return ("head", head)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case [[1, a], [2, b]] if a < b:
            return ("ordered", a, b)
        case str(s) if (n := len(s)) > 3:
            return ("long str", s, n)
        case _:
            return "nothing"

tests = [[1, (2, 3)], [(2, 3), 1], {"x": 1, "y": 2, "z": 3}, [4, 5, 6], [1, 2, 3, 9], [1, 9],
         [5, 6, 8], [8], 2, [[1, 2], [2, 3]], [[1, 3], [2, 2]], "hello", "hi", "abc", b"abc", bytearray(b"ab"),
         collections.deque([1, 9]), range(1, 10, 8), collections.OrderedDict(x=1, y=2),
         collections.defaultdict(int, x=5, y=6)]
for t in tests:
    print(f(t))

dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("found")
    case _:
        print("not found; keys", list(dd))

class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

def total(node):
    match node:
        case Node(value=v, children=[]):
            return v
        case Node(v, children):
            return v + sum(total(c) for c in children)

print(total(Node(1, [Node(2), Node(3, [Node(4)])])))

# captures in functions, closures and class bodies
def outer(v):
    match v:
        case [first, *others]:
            pass
    def inner():
        return first, others
    return inner()
print(outer([1, 2, 3]))

class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass
print(Config.debug, Config.level)

def gen(items):
    for item in items:
        match item:
            case ("yield", value):
                yield value
            case ("stop",):
                return
            case _:
                continue
print(list(gen([("yield", 1), "skip", ("yield", 2), ("stop",), ("yield", 3)])))

# loops: break and continue inside cases
for i in range(10):
    match i:
        case 2:
            continue
        case 5:
            break
        case x:
            print("i", x)

# failed match binds nothing
y = "before"
match [1, 2]:
    case [y, 3]:
        pass
    case _:
        print("y is still", y)

# value patterns
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class NS:
    class Inner:
        LIMIT = 10
for c in [Color.RED, Color.GREEN, 10, 11]:
    match c:
        case Color.RED:
            print("red")
        case NS.Inner.LIMIT:
            print("limit")
        case Color.GREEN | 11:
            print("green or 11")

# singletons by identity, numbers by equality
for v in [1, 1.0, True, 0, False, None, 0.0, -0.0, 1j, -2j, 1e300]:
    match v:
        case True:
            print(repr(v), "is True")
        case False:
            print(repr(v), "is False")
        case 1:
            print(repr(v), "== 1")
        case 0:
            print(repr(v), "== 0")
        case -2j:
            print(repr(v), "== -2j")
        case 1j:
            print(repr(v), "== 1j")
        case None:
            print(repr(v), "is None")
        case _:
            print(repr(v), "other")

# subject tuple without parentheses, star subject
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject")

# builtins matching themselves
for v in [True, 5, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset({2})]:
    match v:
        case bool(x) | int(x) | float(x) | str(x) | bytes(x) | bytearray(x) | list(x) | tuple(x) | dict(x) | set(x) | frozenset(x):
            print(type(x).__name__, x)

class MyList(list):
    pass
match MyList([1, 2]):
    case MyList(l):
        print("MyList self", l)
match MyList([1, 2]):
    case [a, b]:
        print("MyList seq", a, b)

# a bare **rest copies the whole mapping; {} matches any mapping; key order of rest follows the subject
for m in [{}, {"a": 1, "b": 2}, collections.OrderedDict(z=1, y=2)]:
    match m:
        case {**rest} if rest:
            print("rest", rest, type(rest).__name__)
        case {}:
            print("empty mapping")
match {"k": 1, "j": 2, "i": 3}:
    case {"j": _, **rest}:
        print("without j", rest)

# sequences of every kind, and what is not one
for s in [[1, 2, 3], (1, 2, 3), range(1, 4), collections.deque([1, 2, 3]), memoryview(b"\x01\x02\x03"), "123",
          iter([1, 2, 3]), {1, 2, 3}, {1: 1, 2: 2, 3: 3}]:
    match s:
        case [1, *mid, 3]:
            print(type(s).__name__, "sequence", mid)
        case [a, b, c]:
            print(type(s).__name__, "three", a, b, c)
        case _:
            print(type(s).__name__, "not a sequence")
