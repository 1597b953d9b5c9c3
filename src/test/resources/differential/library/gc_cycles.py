"""Reference cycles and the cycle collector: what gc.collect() finds and frees, and in which order
finalizers and weak reference callbacks run (Modules/gcmodule.c)."""
import gc
import weakref

print("at start", gc.collect())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name)


# two instances referring to each other
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print("  callback for a"))
del a, b
print("before", ra() is not None)
print("pair", gc.collect())
print("after", ra())

# one instance referring to itself
s = Node("self")
s.other = s
del s
print("self", gc.collect())

# a list that contains itself, a dict that contains itself
l = []
l.append(l)
del l
print("list", gc.collect())
d = {}
d["me"] = d
del d
print("dict", gc.collect())

# an instance holding a dict that refers back to it
class Holder:
    def __init__(self):
        self.d = {"owner": self}
h = Holder()
del h
print("holder", gc.collect())

# a function with an attribute that refers to itself
def f():
    pass
f.me = f
del f
print("function", gc.collect())

# a closure that refers to itself through its cell
def make():
    def inner():
        return inner
    return inner
g = make()
del g
print("closure", gc.collect())

# a tuple in the middle of a cycle
t = Node("t")
t.other = (t, 1, "x")
del t
print("tuple", gc.collect())

# a bound method stored on its own instance
class Button:
    def click(self):
        return "clicked"
btn = Button()
btn.handler = btn.click
del btn
print("bound method", gc.collect())

# a cycle kept alive from outside is not garbage, and its objects keep their state
keep = Node("kept")
keep.other = Node("kept-child")
keep.other.other = keep
print("kept", gc.collect(), keep.other.other.name)

# what the garbage refers to outside the cycle is freed with it
class Leaf:
    def __del__(self):
        print("  leaf freed")
c = Node("c")
c.other = c
c.leaf = Leaf()
del c
print("with leaf", gc.collect())

# a finalizer that resurrects its object: it survives, and its __del__ never runs again
saved = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("  phoenix __del__")
        saved.append(self)
p = Phoenix()
del p
print("phoenix", gc.collect(), len(saved))
saved[0].me = None
saved.clear()
print("phoenix again", gc.collect())

# gc.callbacks see each collection
events = []
def watch(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(watch)
x = []
x.append(x)
del x
gc.collect()
gc.callbacks.remove(watch)
print(events)

# get_referents of a cycle, and is_tracked
y = Node("y")
y.other = y
print(len(gc.get_referents(y)) >= 1, gc.is_tracked(y), gc.is_tracked(1), gc.is_tracked("s"))
y.other = None
del y

stats = gc.get_stats()
print(len(stats), sorted(stats[2]))

# once the outside reference goes, the kept cycle is garbage too
del keep
print("kept, released", gc.collect())
# is_finalized: whether __del__ ran (the phoenix of above ran it before it was resurrected)
kept_alive = []
class Keeper:
    def __del__(self):
        kept_alive.append(self)
k = Keeper()
print(gc.is_finalized(k), gc.is_finalized(Node), gc.is_finalized(1))
del k
print(gc.is_finalized(kept_alive[0]))
kept_alive.clear()
print("at end", gc.collect())
