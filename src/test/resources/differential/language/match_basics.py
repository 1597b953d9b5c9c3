"""match statements: literal, capture, wildcard, sequence, mapping, class, OR and AS patterns, guards; match and case stay names."""
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one: {x}"
        case [x, y, *rest] if x == y:
            return f"pair-start {x} rest={rest}"
        case (a, b, *_, z):
            return f"long {a} {b} .. {z}"
        case {"type": "msg", "body": body, **extra}:
            return f"msg {body} extra={extra}"
        case {}:
            return "mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) as p if x == y:
            return f"diag {p.x}"
        case int(n) | float(n):
            return f"number {n!r}"
        case str() as s:
            return f"str {s}"
        case _:
            return "other"

for v in [0, -1, 1+2j, "hello", b"bytes", None, True, False, [], (), [5], [3, 3, 4, 5], (1, 2, 3, 4),
          {"type": "msg", "body": "hi", "x": 1}, {"a": 1}, Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2),
          7, 2.5, "abc", 1.0, object, "x"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

match = 1
case = [2]
print(match, case)
def match(x): return x * 2
print(match(3))
match[0] if False else None
