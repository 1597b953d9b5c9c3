# Subclasses of the built-in types written in Java that keep a subclass's state beside their own
# (weakref.ref, property, classmethod, staticmethod, deque, array, mmap): truth, hash and == follow a
# subclass's __bool__/__len__, __hash__ and __eq__, else the built-in's own; a dict key uses them too.
import array
import mmap
import weakref
from collections import deque


class Target:
    pass


class Falsy:
    def __bool__(self):
        return False


class Empty:
    def __len__(self):
        return 0


class Hashed:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return type(other) is type(self)


def f(x):
    return x


def kinds(base):
    falsy = type("F" + base.__name__, (Falsy, base), {})
    empty = type("E" + base.__name__, (Empty, base), {})
    hashed = type("H" + base.__name__, (Hashed, base), {})
    plain = type("P" + base.__name__, (base,), {})
    return base, plain, falsy, empty, hashed, hashed


t = Target()
makers = {
    "ref": lambda k: k(t),
    "property": lambda k: k(f),
    "classmethod": lambda k: k(f),
    "staticmethod": lambda k: k(f),
    "deque": lambda k: k([1]),
    "array": lambda k: k("i", [1]),
    "mmap": lambda k: k(-1, 4),
}
bases = {"ref": weakref.ref, "property": property, "classmethod": classmethod, "staticmethod": staticmethod,
         "deque": deque, "array": array.array, "mmap": mmap.mmap}
for name, make in makers.items():
    objects = [make(k) for k in kinds(bases[name])]
    exact, plain, falsy, empty, hashed, twin = objects
    print(name, [bool(o) for o in (exact, plain, falsy, empty, hashed)])
    hashes = []
    for o in (exact, plain, hashed):
        try:
            hash(o)
            hashes.append("hashable")
        except TypeError as e:
            hashes.append(str(e))
    print("  hash:", hashes, hash(hashed))
    print("  ==:", hashed == twin, hashed is twin, plain == plain, {hashed: 1}.get(twin), {twin: 2}.get(hashed))
    if name == "mmap":
        for o in objects:
            o.close()

# a weak reference hashes as its referent, all of its bits, and so does a subclass's that keeps __hash__
class Big:
    def __hash__(self):
        return 2**40 + 5


big = Big()
print(hash(weakref.ref(big)), hash(type("R", (weakref.ref,), {})(big)), hash(big))
