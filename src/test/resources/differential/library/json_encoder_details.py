# json encoding details: iterencode's chunks (what json.dump writes, also when it fails half-way),
# indent kinds, separators, sort_keys/skipkeys, key and value types, escapes, circular references,
# default, and where encode() (CPython's C encoder) and iterencode() differ in their errors.
import collections
import enum
import json
import json.encoder


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(result))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


class Color(enum.IntEnum):
    RED = 1


class Odd(float):
    def __repr__(self):
        return "Odd!"


class Big(int):
    def __repr__(self):
        return "Big!"


class Name(str):
    pass


samples = [{"a": [1, 2.5, None, True], "b": {}, "c": {"d": "e"}}, [1, [2, []], {"x": 1}], [{"a": 1}, [2]],
           {"k": [1, {"z": None}]}, "s", 5, None, [], {}, (1, (2,))]
for sample in samples:
    for options in [{}, {"indent": 2}, {"indent": 0, "sort_keys": True}, {"indent": "\t", "separators": (";", "=")}]:
        print(list(json.JSONEncoder(**options).iterencode(sample)))
print(json.JSONEncoder().iterencode({"a": [1, 2]}, _one_shot=True), type(json.JSONEncoder().iterencode([1])).__name__)
print(type(json.JSONEncoder(indent=1).iterencode([1], _one_shot=True)).__name__)

for indent in [None, 0, 2, -1, "ab", True, 1.5]:
    attempt(f"indent {indent!r}", json.dumps, {"a": [1, {}], "b": []}, indent=indent)
attempt("indent 1.5 str", json.dumps, "s", indent=1.5)
attempt("separators", json.dumps, {"a": [1, 2]}, separators=(";", "="))
attempt("separators list", json.dumps, {"a": [1, 2]}, separators=[" , ", " : "])
attempt("separators short", json.dumps, {"a": [1, 2]}, separators=(";",))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator, json.JSONEncoder(indent=1).item_separator)
print(sorted(vars(json.JSONEncoder())), sorted(vars(json.JSONEncoder(indent=3, separators=(";", "="), default=str))))
attempt("positional", json.JSONEncoder, True)
attempt("unknown keyword", json.JSONEncoder, foo=1)

text = "\x7f\x1f\x00 é\u2028\ud800\U0001f600\"\\/\b\f\n\r\t"
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False).encode("utf-8", "surrogatepass"))
print(json.encoder.encode_basestring_ascii(text), json.encoder.py_encode_basestring_ascii("é") == '"\\u00e9"')
print(json.encoder.encode_basestring("a\"\\é\n"), json.encoder.INFINITY)

print(json.dumps({float("nan"): 1, float("-inf"): 2, 1.5: 3, 10**20: 4, False: 5, None: 6, True: 7, 0: 8}))
print(json.dumps([Color.RED, Odd(1.5), Big(3), Name("s"), {Color.RED: 1, Big(2): 2, Odd(0.5): 3, Name("n"): 4}]))
print(json.dumps([Color.RED, Odd(1.5), Big(3)], indent=1))
print(json.dumps(collections.OrderedDict([("b", 1), ("a", 2)]), sort_keys=True))
print(json.dumps([10**30, -0.0, 1e16, 1.0e-300, 123456789.125, float("inf"), -float("inf")]))
print(json.dumps({True: 1, 1: 2}), json.dumps({"a": 1, "b": 2}, sort_keys=True, indent=None))
shared = [1]
print(json.dumps([shared, shared, {"k": shared}]), json.dumps([[]] * 3, check_circular=False))

# encode() with no indent is CPython's C encoder: its float error does not name the value
attempt("nan encode", json.dumps, float("nan"), allow_nan=False)
attempt("nan key encode", json.dumps, {float("nan"): 1}, allow_nan=False)
attempt("inf indent", json.dumps, [float("inf")], allow_nan=False, indent=1)
attempt("inf iterencode", lambda: list(json.JSONEncoder(allow_nan=False).iterencode([-float("inf")])))
attempt("sort mixed", json.dumps, {1: 2, "a": 3}, sort_keys=True)
attempt("sort mixed indent", json.dumps, {1: 2, "a": 3}, sort_keys=True, indent=1)
attempt("bad key", json.dumps, {(1,): 2})
attempt("bad key indent", json.dumps, {b"x": 2}, indent=1)
attempt("skip", json.dumps, {(1,): 2, "b": 1, frozenset(): 3, "a": 0}, skipkeys=True)
attempt("skip sorted", json.dumps, {(1,): 2, "b": 1, "a": 0}, skipkeys=True, sort_keys=True)
attempt("bytes", json.dumps, b"x")
attempt("set", json.dumps, [{1}], indent=1)
attempt("default self", json.dumps, object(), default=lambda o: o)
attempt("default self indent", json.dumps, object(), default=lambda o: o, indent=1)
attempt("default list", json.dumps, [object()], default=lambda o: [1, 2])
attempt("default raises", json.dumps, {"a": object()}, default=lambda o: 1 / 0)
attempt("default method", json.JSONEncoder().default, 5)
attempt("encode str", json.JSONEncoder().encode, "x\u00e9")
attempt("encode str subclass", json.JSONEncoder(ensure_ascii=False).encode, Name("é"))
loop = {}
loop["x"] = [loop]
attempt("loop", json.dumps, loop)
attempt("loop indent", json.dumps, loop, indent=1)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


attempt("subclass", json.dumps, {"s": {3, 1}, "f": frozenset("ab")}, cls=SetEncoder, sort_keys=True)
attempt("subclass refuses", json.dumps, {"s": object()}, cls=SetEncoder)

# json.dump writes chunk by chunk: a failure leaves what came before it written
for value, options in [([1, "a", object()], {}), ({"a": [1, 2], "b": None}, {"indent": 1}),
                       ({"a": 1, (2,): 3}, {}), ([1, float("nan")], {"allow_nan": False}),
                       ({"z": {"y": [loop]}}, {"sort_keys": True})]:
    out = Writer()
    try:
        json.dump(value, out, **options)
    except (TypeError, ValueError) as e:
        print("dump failed", type(e).__name__, e, out.parts)
    else:
        print("dump", out.parts)
