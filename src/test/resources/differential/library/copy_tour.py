# copy: shallow and deep copies of containers, instances of classes (with __dict__, __slots__,
# __getstate__/__setstate__, __getnewargs__, list and dict subclasses), __copy__/__deepcopy__ hooks,
# __reduce__, shared and recursive structures kept shared, and CPython's errors.
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6]), "s", None, 1.5, frozenset({7})]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1], deep == nested)
print(deep[2]["k"] is nested[2]["k"], deep[3] is nested[3], deep[3][1] is nested[3][1], deep[4] is nested[4])
atoms = (1, "a", None, 2.5, (1, 2), frozenset([1]), range(3), len, int, print, Ellipsis)
print(all(copy.copy(a) is a for a in atoms), all(copy.deepcopy(a) is a for a in atoms))
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy({1: 2}) == {1: 2}, copy.copy({1, 2}), copy.deepcopy({3, (4,)}))

shared = [0]
pair = [shared, shared]
copied = copy.deepcopy(pair)
print(copied[0] is copied[1], copied[0] is shared)
loop = [1]
loop.append(loop)
looped = copy.deepcopy(loop)
print(looped[1] is looped, looped is not loop, repr(looped))
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)  # kept: a cycle the model (which has no cycle collector) would leak once dropped
print(dd["self"]["self"] is dd, dd is not d)
tl = ([],)
tl[0].append(tl)
ct = copy.deepcopy(tl)
print(ct[0][0] is ct, ct is not tl)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
q.tags.append("shared")
print(q, r, q.tags is p.tags, r.tags is p.tags, type(r).__name__)


class Slotted:
    __slots__ = ("a", "_hidden", "unset")

    def __init__(self):
        self.a = [1]
        self._hidden = "h"

    def reveal(self):
        return self._hidden


s = copy.deepcopy(Slotted())
print(s.a, s.reveal(), hasattr(s, "unset"), copy.copy(s).a is s.a)


class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {"e": 1}


b = copy.copy(Both())
print(b.a, b.extra, b.reveal())


class Stateful:
    def __init__(self):
        self.secret = "s3cret"
        self.count = 1

    def __getstate__(self):
        print("getstate")
        return {"count": self.count}

    def __setstate__(self, state):
        print("setstate", state)
        self.count = state["count"] * 10


print(vars(copy.copy(Stateful())), vars(copy.deepcopy(Stateful())))


class NewArgs:
    def __new__(cls, value):
        print("__new__", value)
        self = super().__new__(cls)
        self.value = value
        return self

    def __getnewargs__(self):
        return (self.value,)


print(copy.copy(NewArgs(3)).value)


class Hooks:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("__copy__")
        return Hooks(self.items)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Hooks(copy.deepcopy(self.items, memo))


h = Hooks([1])
print(copy.copy(h).items is h.items, copy.deepcopy(h).items is h.items, copy.deepcopy([h, h])[0].items)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        print("__reduce__")
        return Reduced, (self.a,), {"b": self.b}


rd = copy.deepcopy(Reduced([1], 5))
print(rd.a, rd.b)


class Tagged(list):
    pass


tagged = Tagged([1, [2]])
tagged.label = "L"
ctag = copy.deepcopy(tagged)
print(type(ctag).__name__, ctag, ctag.label, ctag[1] is tagged[1], copy.copy(tagged)[1] is tagged[1])


class Registry(dict):
    pass


reg = Registry({"a": [1]})
reg.owner = "me"
cr = copy.deepcopy(reg)
print(type(cr).__name__, cr, cr.owner, cr["a"] is reg["a"])


class Method:
    def __init__(self):
        self.data = [1]

    def get(self):
        return self.data


m = Method()
bm = copy.deepcopy(m.get)
print(bm(), bm.__self__ is m, bm.__func__ is Method.get)

err = ValueError("bad", 3)
ce = copy.copy(err)
print(type(ce).__name__, ce.args, ce is not err)

import threading
for thing in [threading.Lock()]:
    try:
        copy.copy(thing)
    except TypeError as e:
        print("TypeError", e)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], issubclass(copy.Error, Exception), copy.error is copy.Error)
