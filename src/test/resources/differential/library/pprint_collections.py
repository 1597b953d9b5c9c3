# pprint of collections' containers, SimpleNamespace and mappingproxy: where each breaks its lines
# as the width shrinks, with nesting, indent > 1, depth, and empty ones.
import collections
import pprint
import types

items = [("alpha", list(range(6))), ("beta", {"x": 1, "y": (2, 3)}), ("gamma", "text " * 4)]
objects = [
    collections.OrderedDict(items),
    collections.defaultdict(list, items),
    collections.defaultdict(None, {"k": 1}),
    collections.Counter("the gil lets one thread run at a time".split() * 3 + ["gil"] * 5),
    collections.ChainMap(dict(items[:1]), dict(items[1:]), {}),
    collections.ChainMap({"only": list(range(8))}),
    collections.deque(range(20)),
    collections.deque(range(20), maxlen=25),
    collections.deque([list(range(5))] * 3, maxlen=3),
    collections.UserDict(dict(items)),
    collections.UserList([list(range(8))] * 3),
    types.SimpleNamespace(name="worker-1", ident=1001, stats={"switches": 123, "waits": [1, 2, 3]}),
    types.MappingProxyType(dict(items)),
]
for width in (80, 40, 25, 12):
    print("width", width)
    for obj in objects:
        print(pprint.pformat(obj, width=width))
    print(pprint.pformat({"nested": objects[:3]}, width=width))
print(pprint.pformat(objects, indent=3, width=30))
print(pprint.pformat(objects, depth=1))
print(pprint.pformat(objects[:8], depth=2, width=30))
for empty in (collections.OrderedDict(), collections.defaultdict(int), collections.Counter(), collections.ChainMap(),
              collections.deque(), collections.deque(maxlen=2), collections.UserDict(), collections.UserList(),
              types.SimpleNamespace(), types.MappingProxyType({})):
    print(pprint.pformat(empty, width=1))


class Point(types.SimpleNamespace):
    pass


class Tally(collections.Counter):
    pass


print(pprint.pformat(Point(x=list(range(10)), y=list(range(10))), width=30))
print(pprint.pformat(Tally("abracadabra" * 3), width=20))
ns = types.SimpleNamespace(a=1)
ns.me = ns
ns.items = [ns]
print(pprint.pformat(ns, width=10).replace(str(id(ns)), "ID"))
print(pprint.pformat(collections.OrderedDict(a=[1] * 30, b=2), compact=True, width=40))
print(pprint.saferepr(collections.OrderedDict(a=1)), pprint.isreadable(collections.deque([1])), pprint.isreadable(types.SimpleNamespace()))
