# pickle: classes, functions and nested classes by reference, instances through object's reduce (dict,
# __slots__ with a private name, __getstate__/__setstate__, __getnewargs__, __getnewargs_ex__, __reduce__),
# list and dict subclasses, dataclasses, enums, namedtuples, the collections types, shared and recursive
# structures through the memo, bound methods and exceptions: CPython 3.11's bytes at protocols 0-5.
import pickle, io, collections, enum, dataclasses, copyreg, functools, _thread

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and vars(self) == vars(other)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1
        self.__b = 2

class WithState:
    def __init__(self):
        self.v = [1, 2]
    def __getstate__(self):
        return {"v": self.v, "extra": True}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True

class NewArgs(int):
    def __new__(cls, v, tag):
        obj = int.__new__(cls, v)
        obj.tag = tag
        return obj
    def __getnewargs__(self):
        return (int(self), self.tag)

class NewArgsEx:
    def __new__(cls, *, k):
        obj = object.__new__(cls)
        obj.k = k
        return obj
    def __getnewargs_ex__(self):
        return (), {"k": self.k}

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n,), None, None, None)

class MyList(list):
    pass

class MyDict(dict):
    pass

@dataclasses.dataclass
class DC:
    a: int
    b: str = "x"

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Flags(enum.IntFlag):
    A = 1
    B = 2

NT = collections.namedtuple("NT", "x y")

def f():
    pass

class Outer:
    class Inner:
        pass

def untie(x):
    """Breaks a loaded recursive structure's cycle (the model has no cycle collector to free it)."""
    (x if type(x) is list else x[0]).clear()


p = Point(1, [2])
shared = [p, p]
rec = []
rec.append(rec)
rtuple = ([],)
rtuple[0].append(rtuple)
ml = MyList([1, 2])
ml.attr = "a"
md = MyDict(a=1)
values = [Point, f, len, Outer.Inner, p, shared, rec, rtuple, Slotted(), WithState(), NewArgs(5, "t"), NewArgsEx(k=3),
          Reduced(7), ml, md, DC(1), Color.GREEN, Flags.A | Flags.B, NT(1, 2), collections.deque([1, 2], 5),
          collections.OrderedDict(a=1, b=2), collections.defaultdict(list, {"k": [1]}), collections.Counter("abca"),
          type(None), type(NotImplemented), type(...), int, object(), [].append, p.__eq__,
          ValueError("bad", 2), KeyError("k"), {1: p, 2: (p,)}, range(1, 10, 2), slice(1, 2, 3), 3j]
for v in values:
    for proto in range(6):
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, "dump", type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, type(v).__name__, data, type(back).__name__)
        if v is rec or v is rtuple:
            untie(back)
s = pickle.loads(pickle.dumps(Slotted()))
print(s.a, s._Slotted__b, Slotted.__slotnames__)
w = pickle.loads(pickle.dumps(WithState()))
print(vars(w))
n = pickle.loads(pickle.dumps(NewArgs(5, "t")))
print(n, n.tag, pickle.loads(pickle.dumps(NewArgsEx(k=9), 2)).k)
r = pickle.loads(pickle.dumps(rec))
print(r[0] is r)
untie(r)
t = pickle.loads(pickle.dumps(rtuple))
print(t[0][0] is t)
untie(t)
sh = pickle.loads(pickle.dumps(shared, 0))
print(sh, sh[0] is sh[1])
b = pickle.loads(pickle.dumps(ml))
print(b, b.attr, pickle.loads(pickle.dumps(collections.Counter("aab"))))
print(pickle.loads(pickle.dumps(collections.defaultdict(list, {"k": [1]}))))
