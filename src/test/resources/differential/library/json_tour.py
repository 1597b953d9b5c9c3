# json: dumps with indent, sort_keys, separators, default, ensure_ascii; loads and its errors.
import io
import json

data = {"name": "GIL", "threads": [1, 2, 4], "ratio": 1.0, "pi": 3.141592653589793, "ok": True,
        "none": None, "nested": {"b": [], "a": {}}, "tuple": (1, "x"), "big": 10**20, "neg": -0.5}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps("naïve ☕ \U0001f600 \"q\" \\ \n\t\x01"))
print(json.dumps("naïve ☕ \U0001f600", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 1e-7, 0.1 + 0.2, 2.0]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([]), json.dumps({}), json.dumps(""))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))
for bad in [lambda: json.dumps(Point(1, 2)), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(float("nan"), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n\\ud83d\\ude00"}, "e": NaN}'
value = json.loads(text)
print(value, value["b"]["c"] == "dé\n\U0001f600")
print(json.loads(b'[1, "two"]'), json.loads("  42 "), json.loads('"x"'), json.loads("-0.0"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[]"), json.loads("{}"))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"k": 1}', object_hook=lambda d: sorted(d)))
for doc in ["", "   ", "[1, 2", "[1,]", "{'a': 1}", '{"a" 1}', '{"a": 1,}', "[1] 2", '"abc', '"\\x"',
            '"\\u12"', "tru", '{"a": }', "[1 2]", '"a\nb"', "\n\n  [1,\n  x]", "01"]:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, e.lineno, e.colno, e.pos, isinstance(e, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print(e)

f = io.StringIO()
json.dump({"z": [1, 2]}, f, indent=1)
print(f.getvalue())
f.seek(0)
print(json.load(f))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}), json.JSONDecoder().decode("[true]"))
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
