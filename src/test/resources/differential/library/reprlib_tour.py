# reprlib: the limits of Repr for each container, nesting depth, long strings, ints and other reprs,
# dispatch on the type's name (repr_<name> in a subclass), fillvalue, and recursive_repr.
import array
import collections
import reprlib
import threading

r = reprlib.repr
print(r(list(range(10))), r(tuple(range(10))), r((1,)), r(()), r([]), r([1]))
print(r(set(range(10))), r(frozenset(range(10))), r(set()), r(frozenset()), r({3, 1, 2}))
print(r({i: str(i) for i in range(10)}), r({}), r({"b": 1, "a": 2}), r({1: "x", "y": 2}))
print(r({1: 0, "a": 1, (2,): 2}), r(collections.deque(range(10))), r(collections.deque()))
print(r(array.array('i', range(10))), r(array.array('d')), r(array.array('b', [1])))
print(r("x" * 100), r("short"), r("it's" * 20), r("a\nb" * 30), r(""))
print(r(2 ** 200), r(-(10 ** 50)), r(12345), r(True), r(None), r(1.5))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[]]]]]]]), r({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(r(object)[:20], r(range(100)), r(b"x" * 100))


class Long:
    def __repr__(self):
        return "<Long " + "x" * 50 + ">"


class Broken:
    def __repr__(self):
        raise RuntimeError("no")


print(r(Long()), r([Long()]))
print(r(Broken()).startswith("<Broken instance at 0x"))
custom = reprlib.Repr()
custom.maxlist = 2
custom.maxstring = 10
custom.maxlevel = 2
custom.fillvalue = "~"
custom.maxother = 8
custom.maxlong = 6
print(custom.repr([1, 2, 3]), custom.repr("abcdefghijklmnop"), custom.repr([[["deep"]]]), custom.repr(Long()),
      custom.repr(10 ** 10))
tiny = reprlib.Repr()
tiny.maxstring = 2
tiny.maxother = 1
print(tiny.repr("abcdef"), tiny.repr(Long()))
print(sorted(vars(reprlib.Repr()).items()))


class MyRepr(reprlib.Repr):
    def repr_Long(self, x, level):
        return "LONG"

    def repr_int(self, x, level):
        return "int:%d" % x


print(MyRepr().repr([Long(), 5, "s"]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


class Other:
    def __init__(self):
        self.me = self

    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        """Other's repr."""
        return "Other(%r)" % (self.me,)


a = Node("a")
a.children.append(Node("b"))
a.children.append(a)
print(repr(a))
o = Other()
print(repr(o), Other.__repr__.__name__, Other.__repr__.__qualname__, Other.__repr__.__doc__, Other.__repr__.__module__)
results = []
t = threading.Thread(target=lambda: results.append(repr(a)))
t.start()
t.join()
print(results)
a.children.clear()
o.me = None
print(reprlib.__all__)
