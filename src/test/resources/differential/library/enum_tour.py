# enum: members, aliases, lookup by value and name, iteration, 3.11's repr/str/format, auto(), unique,
# methods and properties on members, tuple values with __init__, _missing_, the functional API, Flag
# composition (| & ^ ~, containment, iteration, pseudo-members, STRICT errors) and CPython's errors.
from enum import Enum, Flag, auto, unique, EnumMeta, EnumType
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.__members__, type(Color), repr(Color), Color.RED.name, Color.RED.value, f"{Color.RED}", format(Color.RED, ">12"))
print(hash(Color.RED) == hash("RED"), Color.RED in Color, isinstance(Color.RED, Color), dir(Color.RED))
print(list(reversed(Color)), Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, EnumMeta is EnumType)
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True), Color.BLUE.__class__)
for expression in ["Color(7)", "Color['X']", "Color.RED < Color.GREEN", "Color('1')"]:
    try:
        print(eval(expression))
    except Exception as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    def describe(self):
        return "%s has %d sides" % (self.name.lower(), self.value)

    @property
    def angles(self):
        return self.value

    @classmethod
    def biggest(cls):
        return max(cls, key=lambda s: s.value)

    def __str__(self):
        return "shape " + self.name


print(Shape.SQUARE.describe(), Shape.TRIANGLE.angles, Shape.biggest(), str(Shape.SQUARE), repr(Shape.SQUARE), list(Shape))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.MARS.gravity, repr(Planet.EARTH), Planet((6.42e23, 3.39e6)))


class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(A), A.W.value, list(Lower), repr(auto()))
class D(Enum):  # kept: an enum class and its members refer to each other, a cycle the model never frees
    A = 1
    B = 1
    C = 2
    E = 2


try:
    unique(D)
except ValueError as e:
    print("ValueError", e)
print(unique(Shape) is Shape)


class Status(Enum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


print(Status("404"), Status(200))
try:
    Status(500)
except ValueError as e:
    print("ValueError", e)

Animal = Enum("Animal", "ANT BEE CAT")
Pets = Enum("Pets", ["DOG", "FISH"], start=10)
Codes = Enum("Codes", [("A", 10), ("B", 20)])
Named = Enum("Named", {"ONE": 1, "TWO": 2})
print(list(Animal), Animal.BEE.value, list(Pets), repr(Codes.B), list(Named), Animal.__name__)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), list(Perm), Perm.RW, repr(Perm(7)), list(Perm(7)))
print(Perm.R in Perm.RW, bool(Perm(0)), bool(Perm.X), ~Perm.R, repr(~Perm.R), Perm.RW & Perm.W, Perm.RW ^ Perm.R, len(Perm.RW))
print(Perm(3) is (Perm.W | Perm.X), repr(repr), repr(Perm), Perm.__members__.keys(), ~Perm(0), ~Perm(7))
for expression in ["Perm(8)", "Perm.R | 1", "1 in Perm.R"]:
    try:
        print(eval(expression))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class F2(Flag):
    A = auto()
    B = auto()
    C = auto()


print(list(F2), F2.C.value, repr(F2.A | F2.C), list(F2.A | F2.C), [m.name for m in F2.A | F2.B])


class Lenient(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


print(repr(Lenient(7)), enum.STRICT.value, enum.KEEP.value, enum.FlagBoundary.EJECT.name)
