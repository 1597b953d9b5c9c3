# list: every method, indexing and slicing, operators, and their errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

l = [3, 1, 4, 1, 5]
show("append", lambda: (l.append(9), l))
show("append none", lambda: l.append())
show("append two", lambda: l.append(1, 2))
show("extend", lambda: (l.extend((2, 6)), l))
show("extend gen", lambda: (l.extend(x * 10 for x in range(2)), l))
show("extend int", lambda: l.extend(5))
show("insert", lambda: (l.insert(0, "a"), l.insert(-1, "b"), l.insert(100, "c"), l.insert(-100, "d"), l))
show("insert one", lambda: l.insert(1))
show("insert str", lambda: l.insert("a", 1))
show("pop", lambda: (l.pop(), l.pop(0), l.pop(-2), l))
show("pop range", lambda: l.pop(100))
show("pop empty", lambda: [].pop())
show("pop str", lambda: l.pop("a"))
show("remove", lambda: (l.remove(1), l))
show("remove missing", lambda: l.remove(99))
show("index", lambda: (l.index(1), l.index(5, 2), l.index(4, -10, 100)))
show("index missing", lambda: l.index(99))
show("index range", lambda: [1, 2, 3].index(3, 0, 2))
show("index bad start", lambda: l.index(1, None))
show("index none", lambda: l.index())
show("count", lambda: ([1, 2, 1, 1.0, True].count(1), l.count("zz")))
show("count none", lambda: l.count())
show("reverse", lambda: (l.reverse(), l))
show("copy", lambda: (l.copy(), l.copy() is l))
show("clear", lambda: (l.clear(), l))
show("clear arg", lambda: l.clear(1))
m = [5, 2, 8, 1, 9, 3]
show("sort", lambda: (m.sort(), m))
show("sort reverse", lambda: (m.sort(reverse=True), m))
show("sort key", lambda: (m.sort(key=lambda x: (x % 3, x)), m))
show("sort positional", lambda: m.sort(len))
show("sort bad kw", lambda: m.sort(cmp=None))
show("sort bad key", lambda: m.sort(key=5))
show("sort mixed", lambda: [1, "a", 2].sort())
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
show("sorted words", lambda: sorted(words))
show("sorted lower", lambda: sorted(words, key=str.lower))
show("sorted len reverse", lambda: sorted(words, key=len, reverse=True))
show("stable", lambda: sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda p: p[0]))
show("stable reverse", lambda: sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda p: p[0], reverse=True))
show("sorted floats", lambda: sorted([2.5, -1.0, 3.25, 0.0, -0.0, 1e10]))
show("sorted big ints", lambda: sorted([10**20, -5, 3, 2**64, -(2**70)]))
show("sorted tuples", lambda: sorted([(2, "a"), (1, "b"), (2, "A"), (1, "a")]))
show("sorted nan", lambda: sorted([3, float("nan"), 1, 2]))
show("sorted unicode", lambda: sorted(["é", "e", "z", "😀", "\uffff", "a"]))
show("sorted long", lambda: sorted(range(200, 0, -3))[:10])
data = [(i * 7919) % 1000 for i in range(2000)]
print("big sort", sorted(data) == sorted(sorted(data)), sorted(data)[:5], sorted(data, reverse=True)[:5])
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Rev(%d)" % self.v
show("custom lt", lambda: sorted([Rev(1), Rev(3), Rev(2)]))
class Boom:
    def __lt__(self, other):
        raise RuntimeError("boom")
show("lt raises", lambda: sorted([Boom(), Boom()]))
n = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
show("slices", lambda: (n[2:5], n[:3], n[7:], n[::2], n[::-1], n[-3:], n[5:2], n[-100:100], n[1:8:3], n[8:1:-2]))
show("index neg", lambda: (n[-1], n[-10]))
show("index out", lambda: n[10])
show("index str", lambda: n["a"])
show("step zero", lambda: n[::0])
a = list(range(10))
a[2:5] = ["x"]
a[::3] = [0, 0, 0]
show("slice assign", lambda: a)
show("ext slice wrong", lambda: a.__setitem__(slice(None, None, 2), [1]))
del a[::2]
show("del slice", lambda: a)
show("del index", lambda: (a.__delitem__(0), a))
show("del out", lambda: a.__delitem__(99))
show("ops", lambda: ([1] + [2], [1, 2] * 2, 2 * [0], [1] * -1, [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0]))
show("concat tuple", lambda: [1] + (2,))
show("concat str", lambda: [1] + "a")
show("mul str", lambda: [1] * "a")
show("iadd", lambda: [1].__iadd__((2, 3)))
show("iadd int", lambda: [1].__iadd__(1))
show("imul", lambda: [1, 2].__imul__(2))
show("compare mixed", lambda: [1, "a"] < [1, 2])
show("eq slot", lambda: ([1].__eq__([1]), [1].__eq__((1,)), list.__lt__([1], [2])))
show("contains", lambda: (2 in [1, 2], [].__contains__(1), float("nan") in [float("nan")]))
show("reversed", lambda: (list(reversed([1, 2, 3])), type(reversed([])).__name__, [1, 2].__reversed__().__class__.__name__))
show("len", lambda: ([1, 2].__len__(), len([])))
show("hash", lambda: hash([]))
show("hash attr", lambda: [].__hash__)
show("list()", lambda: (list(), list("ab"), list({1: 2}), list(range(3)), list((1,))))
show("list two", lambda: list([1], [2]))
show("list kw", lambda: list(x=1))
show("list int", lambda: list(1))
show("init", lambda: list.__init__(l, [7, 8]) or l)
show("class getitem", lambda: list[int])
show("sizeof", lambda: ([].__sizeof__(), [1, 2, 3].__sizeof__() >= 40))
show("repr nested", lambda: repr([1, [2, "three", (4,)], {5: 6}]))
rec = [1]
rec.append(rec)
show("repr recursive", lambda: repr(rec))
show("bad descriptor", lambda: list.append(5, 1))
show("unbound no self", lambda: list.append())
show("reprs", lambda: (repr(list.append), repr(list.__len__)))
