# the special methods of built-in types as attributes of their types: dir(), hasattr, reprs, calls, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for t in [object, int, bool, float, str, list, tuple, dict, set, frozenset, bytes, bytearray, range, slice,
          type({}.keys()), type({}.values()), type({}.items())]:
    print(t.__name__, sorted(dir(t)))
for o in [1, 1.5, "s", [], (), {}, set(), b"", None, range(1)]:
    print(type(o).__name__, [n for n in ["__iter__", "__len__", "__getitem__", "__hash__", "__add__", "__contains__",
                                         "__call__", "__index__", "__float__", "__bool__", "__reversed__"] if hasattr(o, n)])
show("reprs", lambda: (repr(list.__len__), repr(int.__add__), repr(object.__eq__), repr(str.join), repr(dict.fromkeys)))
show("types", lambda: (type(list.__len__).__name__, type([].__len__).__name__, type(list.append).__name__,
                       type([].append).__name__, type(object.__init__).__name__))
show("bound repr", lambda: repr([].__len__).split(" at ")[0])
show("calls", lambda: (list.__len__([1, 2]), dict.__getitem__({1: 2}, 1), str.__contains__("abc", "b"),
                       int.__add__(2, 3), object.__eq__(1, 1), object.__ne__(1, 2), str.__add__("a", "b")))
show("call no self", lambda: list.__len__())
show("call wrong self", lambda: list.__len__(5))
show("method wrong self", lambda: list.append(5, 1))
show("method no self", lambda: list.append())
show("arity", lambda: [].__len__(1))
show("arity 2", lambda: [].__add__(1, 2))
show("kwargs", lambda: [].__len__(a=1))
show("concat wrapper", lambda: [].__add__((1,)))
show("ne wrapper", lambda: (object.__ne__(object(), object()), (1).__ne__(1)))
show("eq notimpl", lambda: ([].__eq__(()), "a".__eq__(1), (1).__eq__(1.0), (1.0).__eq__(1)))
show("hash none", lambda: (list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, slice.__hash__))
show("object hash", lambda: object.__hash__(5) == hash(id(5)) or True)

class D(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
    def __getitem__(self, key):
        return "<" + str(dict.__getitem__(self, key)) + ">"
d = D()
d["a"] = 1
dict.__setitem__(d, "b", 5)
show("dict subclass", lambda: (d, d["a"], dict.get(d, "a"), len(d), list(d), "a" in d))

class L(list):
    def __init__(self, *args):
        list.__init__(self, args)
    def __len__(self):
        return super().__len__() * 10
    def __repr__(self):
        return "L" + super().__repr__()
    def __contains__(self, item):
        return super().__contains__(item) or item == "any"
l = L(1, 2, 3)
show("list subclass", lambda: (l, len(l), list.__len__(l), "any" in l, 2 in l, bool(L()), l + [4], type(l + [4]).__name__))

class S(str):
    def __add__(self, other):
        return S(str.__add__(self, other).upper())
    def __len__(self):
        return 42
s = S("ab")
show("str subclass", lambda: (s + "c", type(s + "c").__name__, len(s), str.__len__(s), "c" + s, s.upper(), s * 2))

class Counter(dict):
    def __missing__(self, key):
        return 0
    def __iter__(self):
        return iter(sorted(super().__iter__()))
c = Counter(b=2, a=1)
show("counter", lambda: (c["zz"], list(c), c.get("zz"), dict.__iter__(c).__class__.__name__))

class N:
    def __eq__(self, other):
        return "eq-called"
    __hash__ = object.__hash__
n = N()
show("object slots on instances", lambda: (object.__eq__(n, n), object.__ne__(n, 1), n != 1, object.__repr__(n)[:12],
                                          object.__str__(5), object.__format__(n, ""), object.__lt__(n, n)))
show("object format spec", lambda: object.__format__(n, "x"))
show("getattribute", lambda: (object.__getattribute__(1, "real"), object.__getattribute__([], "append").__name__ if hasattr(object.__getattribute__([], "append"), "__name__") else "m"))
show("getattribute missing", lambda: object.__getattribute__(1, "nope"))
show("getattribute int", lambda: object.__getattribute__(1, 5))
show("setattr builtin", lambda: object.__setattr__(1, "x", 1))
show("class attr", lambda: ((1).__class__, [].__class__.__name__, object().__class__, type.__class__))
show("getstate", lambda: (object().__getstate__(), (lambda o: (setattr(o, "x", 1), o.__getstate__())[1])(type("C", (), {})())))
show("sizeof", lambda: object().__sizeof__())
show("init subclass", lambda: object.__init_subclass__())
show("doc", lambda: object.__doc__.splitlines()[0])
