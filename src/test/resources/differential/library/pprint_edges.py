# pprint: line breaking at the exact width boundary for dicts, lists, tuples, sets, strings, bytes
# and bytearrays, nested in each other; indent > 1, compact, depth, recursion markers, mixed-type
# sorting, subclasses, a format() override, streams, and the tracebacks of a failing __repr__.
import io
import pprint
import sys
import traceback


def show(obj, **kwargs):
    print(pprint.pformat(obj, **kwargs))


row = list(range(10))
for width in range(28, 34):
    print("width", width)
    show({"key": row, "other": (1, 2, 3)}, width=width)
    show([row, [row]], width=width)
    show((row,), width=width)
for width in (1, 2, 5, 9, 12):
    show([1, [2, [3, [4]]]], width=width)
    show({"a": {"b": {"c": [1, 2]}}}, width=width)

for indent in (0, 2, 4, 7):
    show({"alpha": [1, 2, 3], "beta": {"x": (4, 5)}, "gamma": {6, 7}}, indent=indent, width=20)
    show([[], {}, (), set(), "", b""], indent=indent, width=5)
    show([list(range(12))], indent=indent, width=20, compact=True)

words = ["w%d" % i * (i % 4 + 1) for i in range(30)]
for width in (10, 25, 40):
    show(words, width=width, compact=True)
    show(tuple(words[:12]), width=width, compact=True)
    show({"k": words[:10], "j": [words[:3], "x" * 40, words[:5]]}, width=width, compact=True)

text = "The GIL lets one thread run at a time;  others wait.\nSecond line here\n\n  indented  third line that goes on"
for width in (10, 20, 30, 45, 80):
    show(text, width=width)
    show([text, "tail"], width=width)
    show({"text": text}, width=width)
    show((text,), width=width)
show("nospacesatallinthisverylongwordthatcannotbebrokenanywhere" * 2, width=20)
show("quote's \"mix\" and \\ backslashes and \t tabs " * 3, width=30)
show(["x" * 10 + " " * 20 + "y"], width=15)

blob = bytes(range(40))
for n in (3, 4, 5, 8, 9, 12, 13, 16, 17, 40):
    for width in (10, 16, 20, 30):
        show(blob[:n], width=width)
        show([blob[:n]], width=width)
        show(bytearray(blob[:n]), width=width)
        show({"b": blob[:n]}, width=width)
show(b"it's \"quoted\" and '" * 4, width=20)

show({1, 2, 3, "a", "b", (1, 2), None}, width=20)
show(frozenset({frozenset({1, 2}), frozenset({3})}), width=15)
show({"a": 1, 2: "b", None: 3, (1,): 4, 1.5: 5}, width=10)
show([{3: "c", "a": 1}, {2.5, "x", 1}], width=15)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyTuple(tuple):
    pass


class OwnRepr(list):
    def __repr__(self):
        return "OwnRepr(%d items)" % len(self)


class MyStr(str):
    pass


show(MyList(range(30)), width=30)
show(MyDict(a=list(range(20)), b=2), width=30)
show(MySet(range(15)), width=30)
show(MyTuple(range(15)), width=30)
show(OwnRepr(range(100)), width=10)
show(MyStr("some words " * 10), width=30)
show([OwnRepr(), MyList(), MyDict()], width=5)

deep = [1, [2, [3, [4, [5, [6]]]]], {"k": {"k2": {"k3": 1}}}, (1, (2, (3,)))]
for depth in (1, 2, 3, 4):
    show(deep, depth=depth)
    show(deep, depth=depth, width=15)
print(pprint.saferepr(deep), pprint.isreadable(deep), pprint.isrecursive(deep))

a = [1]
b = [a, a]
a.append(b)
t = (a, [a])
d = {}
d["me"] = [d, {"d": d}]
for obj in (a, b, t, d):
    for width in (200,):  # wide: the ids' digits differ in number between interpreters
        out = pprint.pformat(obj, width=width)
        for o in (a, b, d):
            out = out.replace(str(id(o)), "ID")
        print(out)
    print(pprint.isrecursive(obj), pprint.isreadable(obj), pprint.saferepr(obj).replace(str(id(a)), "ID").replace(str(id(b)), "ID").replace(str(id(d)), "ID"))
shared = [1, 2]
show([shared, shared, (shared,)], width=10)
print(pprint.isrecursive([shared, shared]), pprint.isreadable([shared, shared]))

for value in (1, "a", b"b", 1.5, 1j, None, True, [object()], {1: len}, (int, 2), {1, 2}, set(), frozenset(),
              Ellipsis, type, [[]], ((),), {"a": [None, (1,)]}):
    print(repr(pprint.saferepr(value))[:40].split(" at 0x")[0], pprint.isreadable(value), pprint.isrecursive(value))
print(pprint.PrettyPrinter().isreadable([1, 2]), pprint.PrettyPrinter(depth=1).isreadable([[1]]), pprint.PrettyPrinter(depth=1).isreadable([1]))

show([10 ** 20, -12345678, 1234, 10 ** 5 + 0.5, {10 ** 6: 10 ** 7}, True], underscore_numbers=True)
show([10 ** 20, -12345678] * 4, underscore_numbers=True, width=30, compact=True)
show({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_dicts=False, width=12)
show({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_dicts=True, width=12)
pprint.pp({"z": [1] * 30, "a": 2})
pprint.pp({"z": [1] * 30, "a": 2}, width=30, sort_dicts=True, compact=True)

buffer = io.StringIO()
pprint.pprint(list(range(40)), stream=buffer, width=50)
pprint.PrettyPrinter(stream=buffer, indent=3).pprint({"k": list(range(30))})
print(buffer.getvalue(), end="")
sys.stdout.write(pprint.pformat("x") + "\n")


class Hidden(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str) and object.startswith("secret"):
            return "'***'", False, False
        return super().format(object, context, maxlevels, level)


h = Hidden(width=30)
h.pprint({"user": "ann", "password": "secret-1", "tokens": ["secret-2", "public"] * 3})
print(h.pformat(["secret"]), h.isreadable(["secret"]), h.isreadable(["ok"]))

for kwargs in ({"indent": "2"}, {"width": "40"}, {"depth": 3}, {"width": -5}):
    print(pprint.pformat(list(range(12)), **kwargs))
for kwargs in ({"indent": "x"}, {"width": None}, {"depth": -1}, {"depth": 0}, {"indent": -1}, {"width": 0}, {"bogus": 1}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Bad:
    def __repr__(self):
        raise RuntimeError("bad repr")


for call in (lambda: pprint.pprint(Bad()), lambda: pprint.PrettyPrinter().pformat([Bad()] * 3), lambda: pprint.saferepr({1: Bad()}),
             lambda: pprint.PrettyPrinter(width=5).pformat({Bad(): 1}), lambda: pprint.pformat(1, indent=-1), lambda: pprint.pp({}, width=0),
             lambda: pprint.isreadable((Bad(),))):
    try:
        call()
    except Exception:
        lines = traceback.format_exc().splitlines()[1:]
        print("\n".join(line.split(", in ")[-1] for line in lines if "^" not in line))
