# dict and its views: every method, the views' set operations and reversal, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
show("get", lambda: (d.get("a"), d.get("x"), d.get("x", 0)))
show("get none", lambda: d.get())
show("get kw", lambda: d.get(key="a"))
show("get unhashable", lambda: d.get([]))
show("setdefault", lambda: (d.setdefault("c", 3), d.setdefault("a", 9), d.setdefault("n"), d))
show("pop", lambda: (d.pop("n"), d.pop("zz", "dflt"), d))
show("pop missing", lambda: d.pop("zz"))
show("popitem", lambda: (d.popitem(), d))
show("popitem empty", lambda: {}.popitem())
show("update", lambda: (d.update({"x": 1}), d.update([("y", 2)]), d.update(z=3), d.update({"w": 4}, v=5), d))
show("update pairs bad", lambda: d.update([1]))
show("update pair len", lambda: d.update([(1, 2, 3)]))
show("update two", lambda: d.update({}, {}))
show("update int", lambda: d.update(1))
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
show("update mapping", lambda: (d.update(Mapping()), d))
show("keys values items", lambda: (list(d.keys()), list(d.values()), list(d.items())))
show("fromkeys", lambda: (dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys([])))
show("fromkeys none", lambda: dict.fromkeys())
show("copy", lambda: (d.copy(), d.copy() is d))
show("clear", lambda: (d.clear(), d))
show("dict()", lambda: (dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", range(2)))))
show("dict two", lambda: dict({}, {}))
show("dict int", lambda: dict(1))
show("getitem missing", lambda: {}["x"])
show("getitem unhashable", lambda: {}[[1]])
show("del missing", lambda: {}.__delitem__("x"))
show("merge", lambda: ({1: 2} | {3: 4}, {1: 2}.__or__([1]), {1: 2}.__ror__({3: 4})))
e = {1: 2}
e |= [(3, 4)]
show("ior", lambda: e)
show("or list", lambda: {1: 2} | [(3, 4)])
show("compare", lambda: ({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2}.__lt__({})))
show("lt", lambda: {1: 2} < {1: 3})
show("order", lambda: list({3: 0, 1: 0, 2: 0}))
show("reversed", lambda: (list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.values())), list(reversed({1: 2}.items()))))
show("reversed type", lambda: type(reversed({})).__name__)
v = {1: "a", 2: "b", 3: "c"}
k = v.keys()
show("views", lambda: (k, v.values(), v.items(), len(k), 2 in k, "a" in v.values(), (1, "a") in v.items(), (1, "x") in v.items()))
show("view live", lambda: (v.__setitem__(4, "d"), k))
show("keys set ops", lambda: (k & {1, 5}, k | [9], k - {1}, k ^ {1, 8}, {1, 7} & k, k == {1, 2, 3, 4}, k <= {1, 2, 3, 4, 5}))
show("items set ops", lambda: (v.items() & {(1, "a")}, v.items() - {(1, "a"), (2, "b")}))
show("keys isdisjoint", lambda: (k.isdisjoint([9]), k.isdisjoint([1])))
show("values eq", lambda: v.values() == v.values())
show("values or", lambda: v.values() | {1})
show("mapping", lambda: (k.mapping, type(k.mapping).__name__))
show("view types", lambda: (type(k).__name__, type(v.values()).__name__, type(v.items()).__name__, type(iter(k)).__name__))
show("view hash", lambda: hash(k))
show("changed size", lambda: [v.__setitem__(i + 10, 0) for i in v])
show("repr recursive", lambda: (lambda r: (r.__setitem__("self", r), repr(r), r.clear())[1])({}))
show("keys hashing", lambda: {1: "int", 1.0: "float", True: "bool"})
show("subclass missing", lambda: type("M", (dict,), {"__missing__": lambda self, k: k * 2})()["ab"])
show("class getitem", lambda: dict[str, int])
show("sizeof", lambda: ({}.__sizeof__(), {1: 2}.__sizeof__()))
show("slots", lambda: ({1: 2}.__getitem__(1), {1: 2}.__contains__(1), {1: 2}.__len__(), dict.__eq__({}, {})))
show("hash", lambda: hash({}))
