# str.format and str.format_map: fields, numbering, attributes and items, conversions, nested specs, errors
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __format__(self, spec):
        return "P<" + spec + ">" if spec else str(self)

def show(template, *args, **kwargs):
    try:
        print(repr(template), repr(template.format(*args, **kwargs)))
    except Exception as e:
        print(repr(template), type(e).__name__ + ":", e)

p = Point(1, 2)
show("{} and {}", "a", "b")
show("{1} {0} {1}", "a", "b")
show("{name} is {age}", name="Ann", age=30)
show("{0.x},{0.y}", p)
show("{p.x!r:>4}", p=p)
show("{0[0]}-{0[1]}", ["x", "y"])
show("{d[key]} {d[1]}", d={"key": "v", 1: "one"})
show("{0[1][0]}", [[1], [2, 3]])
show("{0.__class__.__name__}", p)
show("{!r} {!s} {!a}", "é", "é", "é")
show("{0!r:^10}", "hi")
show("{:>{width}}", "x", width=6)
show("{:{fill}{align}{width}}", "x", fill="*", align="^", width=7)
show("{0:{1}.{2}f}", 3.14159, 10, 2)
show("{:{}}", 3, 5)
show("{0:{1:{2}}}", 1, 2, 3)
show("{} {}", 1)
show("{0} {}", 1, 2)
show("{} {0}", 1, 2)
show("{x}", y=1)
show("{0.nope}", p)
show("{0.}", p)
show("{0[}", [1])
show("{0!x}", 1)
show("{0!}", 1)
show("{0!rr}", 1)
show("{", 1)
show("}", 1)
show("{0", 1)
show("{{}} {{{0}}}", "x")
show("a}}b{{c")
show("{:d}", "a")
show("{:s}", 1)
show("{00}", "zero")
show("{-1}", 1)
show("{ 0}", 1)
show("{a b}", **{"a b": "spaced"})
show("{[0]}", "first")
show("{.real}", 4)
show("{0:>10}", p)
show("{0}", p)
show("{0:spec}", p)
show("{0[a]}", {"a": 5})
show("{0[0]x}", [1])
show("{:,} {:_b} {:.1%} {:+e}", 1234567, 255, 0.25, 12.5)
print("{a}-{b}".format_map({"a": 1, "b": 2}))

class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{a} {b}".format_map(Missing(a="A")))
try:
    "{a}".format_map(5)
except TypeError as e:
    print("format_map", e)
try:
    "{0}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
print(f"{p!r} {p} {p:xy} {3.5:08.3f} {'s':>3}|")
