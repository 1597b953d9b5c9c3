# classes that subclass int, float and str: their methods, repr overrides, operators, hashing, formatting
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Celsius(float):
    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)
    def to_fahrenheit(self):
        return self * 9 / 5 + 32
    @property
    def kelvin(self):
        return self + 273.15

c = Celsius(21.5)
show("celsius", lambda: (c, str(c), float(c), c.to_fahrenheit(), c.kelvin, type(c).__name__, isinstance(c, float)))
show("celsius ops", lambda: (c + 1, type(c + 1).__name__, c * 2, -c, abs(Celsius(-3.0)), c == 21.5, c < 30, round(c), int(c), divmod(c, 5)))
show("celsius format", lambda: (f"{c:.1f}", format(c, ">10"), "%.2f" % c, "{:e}".format(c), f"{c}", f"{c!r}"))
show("celsius hash", lambda: (hash(c) == hash(21.5), {21.5: "found"}[c], {c: 1}[21.5]))
show("celsius methods", lambda: (c.is_integer(), c.hex(), c.as_integer_ratio(), c.real, c.conjugate(), Celsius.fromhex("0x1p1")))
show("celsius dict", lambda: (setattr(c, "note", "warm"), c.note, c.__dict__))
show("celsius new", lambda: (Celsius(), Celsius("2.5"), Celsius(3)))
show("celsius bad", lambda: Celsius("hot"))

class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj
    def __str__(self):
        return "%d %s" % (self, self.currency)
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__

m = Money(5, "USD")
show("money", lambda: (m, str(m), repr(m), m + 3, 3 + m, str(m + 3), sum([Money(1), Money(2)], Money(0)).currency))
show("money int ops", lambda: (m * 2, type(m * 2).__name__, m - 1, m // 2, m ** 2, m & 4, m << 1, -m, ~m, m == 5, m > 4))
show("money index", lambda: ([10, 20, 30, 40, 50, 60][m], range(m), "x" * m, bin(m), hex(m), m.bit_length(), m.to_bytes(1, "big")))
show("money format", lambda: (f"{m}", f"{m:05d}", "%d|%s|%r" % (m, m, m), format(m, "x")))
show("money hash", lambda: (hash(m) == hash(5), {5: "five"}[m], m in {5}, sorted([Money(3), Money(1), 2])))
show("money bool", lambda: (bool(Money(0)), bool(m), Money(0) or "empty"))
show("money from_bytes", lambda: type(Money.from_bytes(b"\x07", "big")).__name__)

class Color(str):
    def __repr__(self):
        return "<Color %s>" % str.__repr__(self)
    def shout(self):
        return self.upper() + "!"

RED = Color("red")
show("color", lambda: (RED, str(RED), RED.shout(), RED == "red", RED + "dish", type(RED + "x").__name__, len(RED), RED[0], RED[::-1]))
show("color dict", lambda: ({"red": 1}[RED], {RED: 2}["red"], "red" in {RED}, RED in ["red"], sorted([Color("b"), "a", Color("c")])))
show("color format", lambda: (f"{RED}", f"{RED!r}", f"{RED:>6}", "%s/%r" % (RED, RED), "{}".format(RED), "-".join([RED, RED])))
show("color methods", lambda: (RED.split("e"), RED.replace("r", "b"), type(RED.upper()).__name__, RED.startswith("r"), RED.encode()))
show("color attrs", lambda: (setattr(RED, "hex", "#f00"), RED.hex, isinstance(RED, str), issubclass(Color, str)))
show("str of color", lambda: (type(str(RED)).__name__, str(RED) is RED, type(RED.__str__()).__name__))

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def __eq__(self, other):
        return str.__eq__(self, other.upper() if isinstance(other, str) else other)
    __hash__ = str.__hash__

u = Upper("hello")
show("upper", lambda: (u, u == "hello", u == "HELLO", u != "x", hash(u) == hash("HELLO"), Upper("x") in [Upper("X")]))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return "Pair%s" % tuple.__repr__(self)

p = Pair(1, 2)
show("pair", lambda: (p, p.first, p + (3,), len(p), hash(p) == hash((1, 2)), p == (1, 2), sorted([Pair(2, 1), Pair(1, 2)])))

class Registry(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)
    def __repr__(self):
        return "Registry(" + dict.__repr__(self) + ")"

r = Registry(a=1)
r["b"] = 2
r.update(c=3)
r.setdefault("d", 4)
show("registry", lambda: (r, r.log, dict(r), len(r), list(r.items())))

class Bag(set):
    def add(self, item):
        super().add(item * 2)
    def __repr__(self):
        return "Bag" + str(sorted(self))
b = Bag([1, 2])
b.add(5)
show("bag", lambda: (b, len(b), 10 in b, b | {0}, type(b | {0}).__name__, bool(Bag())))

class Stack(list):
    def push(self, x):
        self.append(x)
    def __bool__(self):
        return len(self) > 1
s = Stack()
s.push(1)
show("stack", lambda: (s, bool(s), s + [2], type(s + [2]).__name__, s * 2, s[:], type(s[:]).__name__, s == [1]))
