class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __str__(self):
        return f"Animal({self.name})"
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, v):
        self.name = v.lower()

class Dog(Animal):
    kind = "dog"
    def speak(self):
        base = super().speak()
        return base + " (woof)"

d = Dog("rex")
print(d.speak(), d.kind, Animal.kind, str(d), repr(d.upper))
d.upper = "MAX"
print(d.name, Dog.make("fido").speak(), Animal.helper(21), Animal.count)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, d.__class__.__name__)
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return P(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return P(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return f"P({self.x}, {self.y})"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __call__(self, z): return self.x + self.y + z
    def __contains__(self, v): return v in (self.x, self.y)
p = P(1, 2)
print(p + P(3, 4), 3 * p, p * 2, p == P(1, 2), p != P(1, 2), {p: 1}[P(1, 2)])
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), len(p), p[1], list(p), bool(P(0, 0)), p(10), 2 in p)
x, y = p
print(x, y, max([P(1, 1), P(3, 0)]))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class Sub(Base): pass
print(Sub.registered)
print(type("Dyn", (object,), {"v": 5})().v)
class WithGetattr:
    def __getattr__(self, name): return name * 2
print(WithGetattr().ab)
class Counter:
    def __init__(self): self.__secret = 42
    def get(self): return self.__secret
c = Counter()
print(c.get(), c._Counter__secret, sorted(vars(c)))
