# weakref: references die with their referent's last strong reference (reference counting, as on
# CPython), callbacks run newest first with the dead reference, plain references are shared, and the
# weak containers drop entries whose objects died; CPython's errors for what cannot be referenced.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name

    def greet(self):
        return "hi from " + self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), type(r), weakref.ReferenceType is weakref.ref)
print(repr(r).startswith("<weakref at 0x"), repr(r).split(";")[1].split(" at ")[0], r.__callback__)
order = []
r1 = weakref.ref(a, lambda w: order.append(("first", w() is None, w is r1)))
r2 = weakref.ref(a, lambda w: order.append(("second", w() is None)))
print(weakref.getweakrefcount(a), [x is r for x in weakref.getweakrefs(a)], r1 is not r2, r1() is a)
del a
print(order, r(), r1(), repr(r).split(";")[1], weakref.getweakrefcount(Node("tmp")))


def function():
    pass


print(repr(weakref.ref(function)).split(";")[1].split(" at ")[0], repr(weakref.ref(Node)).split("(")[-1])
for value in [1, "a", (1,), [1], {}, None, 2.5]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError", e)


class Items(list):
    pass


print(weakref.ref(Items())() is None, weakref.ref(Node("gone"))() is None)
kept = Node("kept")
h = hash(weakref.ref(kept))
print(h == hash(weakref.ref(kept)))
try:
    hash(weakref.ref(Node("short")))
except TypeError as e:
    print("TypeError", e)


def failing(w):
    raise ValueError("boom in callback")


doomed = Node("doomed")
rd = weakref.ref(doomed, failing)
del doomed
print("after the failing callback", rd())

cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x
cache["y"] = y
print(len(cache), sorted(cache.keys()), cache["x"], "y" in cache, cache.get("z", "none"))
del y
print(len(cache), list(cache.keys()), "y" in cache, cache.get("y"), sorted(v.name for v in cache.values()))
try:
    cache["y"]
except KeyError as e:
    print("KeyError", e)
cache.setdefault("w", x)
print(sorted(cache.items(), key=lambda kv: kv[0]), cache.pop("w"), len(cache), repr(cache).split(" at ")[0])

registry = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
registry[k1] = 1
registry[k2] = 2
print(len(registry), registry[k1], k2 in registry, sorted(n.name for n in registry.keys()))
del k2
print(len(registry), [n.name for n in registry], registry.get(k1), list(registry.values()))

members = weakref.WeakSet()
m1, m2, m3 = Node("m1"), Node("m2"), Node("m3")
for m in (m1, m2, m3):
    members.add(m)
members.add(m1)
print(len(members), m2 in members, sorted(n.name for n in members), 5 in members)
del m2
members.discard(m3)
print(len(members), [n.name for n in members], repr(weakref.WeakSet()))

obj = Node("o")
wm = weakref.WeakMethod(obj.greet)
print(wm()(), weakref.ref(obj.greet)() is None)
calls = []
wm2 = weakref.WeakMethod(obj.greet, lambda w: calls.append("method died"))
del obj
print(wm(), calls)
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print("TypeError", e)
