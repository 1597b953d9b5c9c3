# enum beyond the basics: IntEnum, StrEnum and IntFlag (3.11's repr/str/format split), Flag boundaries,
# member()/nonmember(), _ignore_, _order_, a custom __new__, a member named like a property, the
# class-body errors, _missing_ returning a wrong type, and a traceback through Color(value).
import enum
import traceback
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, member, nonmember, KEEP, EJECT, CONFORM


def attempt(text, scope):
    try:
        result = eval(text, scope)
        print(text, "->", repr(result), str(result))
    except Exception as failure:
        print(text, "!!", type(failure).__name__, failure)


kept = []  # classes defined below stay referenced: an enum class and its members form a cycle the model never frees


def define(source):
    namespace = {"Enum": Enum, "Flag": Flag, "IntEnum": IntEnum, "auto": auto, "nonmember": nonmember}
    kept.append(namespace)
    try:
        exec(source, namespace)
        print("defined", source.split(":")[0])
    except Exception as failure:
        print(source.split(":")[0], "!!", type(failure).__name__, failure)


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


for text in ["Level.LOW", "Level(2)", "Level.LOW + 1", "Level.LOW < Level.HIGH", "f'{Level.HIGH}|{Level.HIGH:>4}'",
             "'%s %d' % (Level.LOW, Level.LOW)", "Level['HIGH']", "Level('1')", "Level.LOW == 1", "hash(Level.HIGH)",
             "Mode.READ", "Mode('w')", "Mode.READ == 'read'", "Mode.READ.upper()", "f'{Mode.WRITE:>3}'", "list(Mode)",
             "Perm.R | Perm.W", "Perm(7)", "Perm(8)", "Perm(9)", "Perm.R | 8", "3 & Perm.X", "Perm.R + 1", "~Perm.R",
             "Perm(0)", "Perm(-1)", "list(Perm(15))", "len(Perm(7))", "Perm.R in Perm(6)", "Perm(15).name",
             "Perm._boundary_", "Level._member_type_", "Mode._member_type_", "type(Level)"]:
    attempt(text, globals())


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Strict(Flag):
    NONE = 0
    A = auto()
    B = auto()
    AB = 3
    C = auto()


for text in ["Keep(7)", "Keep(4)", "Keep(4) | Keep.A", "Eject(7)", "Conform(7)", "Conform(4)", "Strict(8)", "Strict(-1)",
             "Strict.AB", "Strict(3)", "Strict(7)", "list(Strict)", "Strict.__members__", "Strict(0)", "Strict.C.value",
             "~Strict.A", "Strict.A ^ Strict.B", "Strict.A & Strict.B", "bool(Strict.NONE)", "Strict('a')",
             "enum.FlagBoundary.KEEP", "list(enum.FlagBoundary)"]:
    attempt(text, globals())


class Shelf(Enum):
    _ignore_ = "scratch"
    BOOK = 1
    KEPT = nonmember(5)
    HELPER = member(len)
    scratch = 9
    _private = 3
    __mangled = 4

    @classmethod
    def first(cls):
        return next(iter(cls))


print(list(Shelf), Shelf.KEPT, Shelf.HELPER.value is len, hasattr(Shelf, "scratch"), Shelf.first(), Shelf._private)
print(Shelf.__dict__.get("_Shelf__mangled"), dir(Shelf), dir(Shelf.BOOK))


class Labelled(Enum):
    def __new__(cls, code, label):
        made = object.__new__(cls)
        made._value_ = code
        made.label = label
        return made

    OK = (200, "fine")
    GONE = (410, "gone away")


print(Labelled(410), Labelled.OK.label, Labelled.GONE.value, repr(Labelled.OK), sorted(vars(Labelled.OK)))


class Fields(Enum):
    name = 1
    value = 2


print(Fields.name, Fields.value, Fields.name.name, Fields.value.value, Fields["name"] is Fields.name)


class Weird(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 99 if value == 2 else None


for text in ["Weird(2)", "Weird(3)", "Weird.B", "Weird.value", "Weird.A.nope", "Weird(1).name", "Enum(1)"]:
    attempt(text, globals())
try:
    Weird(2)
except TypeError as failure:
    print("context:", repr(failure.__context__))
try:
    Weird.A.name = "B"
except AttributeError as failure:
    print("AttributeError", failure)

define("class A(Enum):\n    X = 1\n    X = 2")
define("class A(Enum):\n    X = 1\n    def X(self): pass")
define("class A(Enum):\n    X = nonmember(5)\n    X = 1")
define("class A(Enum):\n    _bogus_ = 1")
define("class A(Enum):\n    mro = 1")
define("class A(Enum):\n    X = auto()\n    def _generate_next_value_(name, start, count, last): return 5")
define("class A(Enum):\n    _order_ = 'Y X'\n    X = 1\n    Y = 2")
define("class A(Enum):\n    _order_ = 'X Y'\n    X = 1\n    Y = 2")
define("class A(Enum, int):\n    X = 1")
define("class A(IntEnum):\n    X = 'nope'")
define("class A(Flag):\n    X = 'x'\n    Y = auto()")
define("class A(Enum):\n    X = 1\nclass B(A):\n    Y = 2")

Size = IntEnum("Size", "S M L")
Opts = Flag("Opts", ["FAST", "SAFE"])
Tags = Enum("Tags", "a, b", module="tags", qualname="Outer.Tags")
print(list(Size), Size.M + 1, list(Opts), Opts.FAST | Opts.SAFE, Tags.__module__, Tags.__qualname__, Tags.b.value)

try:
    Level(7)
except ValueError:
    traceback.print_exc()

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


class Corner(Point, Enum):
    ORIGIN = 0, 0
    EAST = 1


class Greeter:
    def greet(self):
        return "hello from " + self.name


class Polite(Greeter, Enum):
    ONE = 1


print(repr(Corner.ORIGIN), Corner.EAST.x, Corner.EAST.y, Corner._member_type_.__name__, str(Corner.EAST))
print(repr(Polite.ONE), Polite._member_type_, Polite.ONE.greet())
