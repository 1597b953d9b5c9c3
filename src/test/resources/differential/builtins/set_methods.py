# set and frozenset: every method, the operators and comparisons, iteration order, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

s = {3, 1, 2}
show("repr order", lambda: (s, {10, 5, 100, 7, 8}, set(range(20, 0, -3)), set(["b", "a", "c", "hello", "world"])))
show("add", lambda: (s.add(4), s.add(1), s))
show("add unhashable", lambda: s.add([]))
show("add none", lambda: s.add())
show("remove", lambda: (s.remove(4), s))
show("remove missing", lambda: s.remove(99))
show("discard", lambda: (s.discard(99), s.discard(3), s))
show("discard unhashable", lambda: s.discard([]))
show("pop", lambda: (s.pop(), s))
show("pop empty", lambda: set().pop())
show("clear", lambda: (s.clear(), s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
show("union", lambda: (a.union(b), a.union([9], (8,)), a.union(), a | b))
show("intersection", lambda: (a.intersection(b), a.intersection([3], [3, 4]), a.intersection(), a & b))
show("difference", lambda: (a.difference(b), a.difference([1], [2]), a - b, b - a))
show("symmetric", lambda: (a.symmetric_difference(b), a ^ b, a.symmetric_difference([1, 9])))
show("symmetric none", lambda: a.symmetric_difference())
show("subset", lambda: (a.issubset(range(10)), {1}.issuperset([]), a.isdisjoint([7]), a.isdisjoint(b), {1} < {1, 2},
                        {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2}, {1} == frozenset([1]), {1} != {2}))
show("compare list", lambda: {1} <= [1])
show("or list", lambda: {1} | [2])
show("slot or list", lambda: ({1}.__or__([1]), {1}.__lt__([1]), {1, 2}.__rsub__({1, 3}), {1}.__iand__([1])))
c = {1, 2, 3}
c.update([4], {5})
c.intersection_update({1, 2, 3, 4, 9}, [1, 2, 3, 4])
c.difference_update([1])
c.symmetric_difference_update({4, 7})
show("updates", lambda: c)
c |= {10}
c &= {2, 3, 10, 11}
c -= {3}
c ^= {2, 12}
show("in-place ops", lambda: c)
show("update int", lambda: c.update(1))
show("frozenset", lambda: (frozenset(), frozenset("hello"), frozenset([1, 2]) | {3}, {1} | frozenset([2]), frozenset([1]).union([2])))
f = frozenset([1, 2])
show("frozen copy", lambda: (f.copy() is f, frozenset(f) is f, f.union() is f, type(f.union([3])).__name__))
show("frozen add", lambda: f.add(3))
show("frozen hash", lambda: (hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset([1, 2])) == hash(frozenset([2, 1]))))
show("set hash", lambda: hash({1}))
show("set of sets", lambda: ({frozenset([1]), frozenset([1])}, frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])}))
show("contains unhashable", lambda: [] in {1})
show("set()", lambda: (set(), set("aab"), set({1: 2}), set(range(3))))
show("set two", lambda: set([1], [2]))
show("set kw", lambda: set(x=1))
show("frozenset kw", lambda: frozenset(iterable=[1]))
show("set int", lambda: set(1))
show("mixed numbers", lambda: {1, 1.0, True, 2, 2.0})
show("sizeof", lambda: (set().__sizeof__(), frozenset().__sizeof__()))
show("reduce", lambda: {1}.__reduce__())
show("init", lambda: (lambda x: (set.__init__(x, [5, 6]), x)[1])({1}))
show("class getitem", lambda: (set[int], frozenset[str]))
show("changed size", lambda: [c.add(i + 100) for i in c])
show("repr recursive", lambda: repr({frozenset([frozenset()])}))
show("strs", lambda: sorted({"x", "y"}) + list({"only"}))
