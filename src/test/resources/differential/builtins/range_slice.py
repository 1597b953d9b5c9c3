# range and slice: construction, indexing, methods, comparisons, hashing, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for args in [(5,), (2, 10), (2, 10, 3), (10, 2, -2), (0,), (5, 2), (-5, 5, 4)]:
    r = range(*args)
    show("range%r" % (args,), lambda: (r, list(r), len(r), bool(r), r.start, r.stop, r.step, list(reversed(r))))
    show("index/slice %r" % (args,), lambda: (r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1], r[::2]))
    show("contains %r" % (args,), lambda: (4 in r, 4.0 in r, "a" in r, True in r, r.count(4), r.count(4.0)))
show("index", lambda: (range(0, 10, 3).index(6), range(5).index(True)))
show("index missing", lambda: range(0, 10, 3).index(7))
show("index other", lambda: range(5).index("a"))
show("getitem out", lambda: range(3)[3])
show("getitem str", lambda: range(3)["a"])
show("range()", lambda: range())
show("range 4 args", lambda: range(1, 2, 3, 4))
show("range float", lambda: range(1.5))
show("range kw", lambda: range(stop=1))
show("range zero step", lambda: range(1, 2, 0))
show("equality", lambda: (range(3) == range(0, 3, 1), range(0) == range(5, 2), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 7)))
show("ordering", lambda: range(3) < range(4))
show("hash", lambda: (hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 2, 5))))
show("repr", lambda: (repr(range(3)), str(range(1, 5, 2)), repr(range(-1, -5, -1))))
show("reduce", lambda: range(1, 5, 2).__reduce__())
show("iter types", lambda: (type(iter(range(3))).__name__, type(reversed(range(3))).__name__))
show("slots", lambda: (range(3).__len__(), range(3).__getitem__(1), range(3).__contains__(2), range(0).__bool__()))
s = slice(1, 10, 2)
show("slice", lambda: (slice(5), slice(1, 2), s, s.start, s.stop, s.step))
show("indices", lambda: (s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(5), slice(10**20).indices(5)))
show("indices neg", lambda: s.indices(-1))
show("indices zero step", lambda: slice(1, 2, 0).indices(5))
show("indices bad", lambda: slice("a", "b").indices(5))
show("slice()", lambda: slice())
show("slice kw", lambda: slice(stop=1))
show("slice compare", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) != slice(2)))
show("slice hash", lambda: hash(slice(1)))
show("slice reduce", lambda: slice(1, "a").__reduce__())
show("slicing objects", lambda: ([0, 1, 2, 3][slice(1, 3)], "abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(-2, None)]))
class Idx:
    def __index__(self):
        return 2
show("index objects", lambda: ([0, 1, 2, 3][Idx()], "abc"[Idx()], range(5)[Idx()], [0, 1, 2, 3][Idx():], range(Idx())))
