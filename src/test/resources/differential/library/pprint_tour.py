# pprint: line breaking of nested dicts, lists, tuples and sets by width, indent, depth, compact
import pprint

data = {
    "threads": [{"name": f"worker-{i}", "ident": 1000 + i, "alive": i % 2 == 0} for i in range(4)],
    "gil": {"switch_interval": 0.005, "kind": "new", "holders": ("main", "worker-1")},
    "counts": list(range(30)),
    "tags": {"io", "cpu", "gil"},
    "empty": [[], {}, (), set()],
    "nested": [[[[["deep"]]]], (1,), (1, 2)],
    "text": "a long string " * 8,
    3: "int key",
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data["counts"], compact=True)
pprint.pprint(data["counts"], width=20)
pprint.pp({"b": 1, "a": [1, 2, 3] * 10})
pprint.pprint({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_dicts=False)
print(pprint.pformat(data["threads"], width=50))
print(pprint.pformat((1, 2), width=3), pprint.pformat((1,), width=2))
print(pprint.pformat(frozenset(range(12)), width=20))
print(pprint.pformat(set("abcdefghij"), width=20))
print(pprint.pformat({1: "one", "two": 2, (3,): [3]}, width=10))
print(pprint.pformat(["x" * 30, "y" * 30, ("z" * 30,)], width=40))
print(pprint.pformat("a" * 100))
print(pprint.pformat(["words in a string that is far too long for the width it is given here " * 2], width=40))
print(pprint.pformat("line one\nline two\nline three", width=15))
print(pprint.pformat(10 ** 12, underscore_numbers=True), pprint.pformat([10 ** 9], underscore_numbers=True))

loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).replace(str(id(loop)), "ID"), pprint.saferepr(loop).replace(str(id(loop)), "ID"))
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
d = {"self": None}
d["self"] = d
print(pprint.pformat(d).replace(str(id(d)), "ID"))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}))

printer = pprint.PrettyPrinter(width=30, indent=2)
printer.pprint(data["gil"])
print(printer.pformat(list(range(12))), printer.isrecursive(loop), printer.isreadable([1]))
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pprint.pprint([Point(i, i * i) for i in range(8)], width=40)
pprint.pprint({"mixed": [1, "a", None, 2.5, True, b"bytes"], "none": None}, width=30)
