# dataclasses: the generated __init__/__repr__/__eq__/orderings/__hash__ and their TypeErrors, field()
# options, defaults and default factories, inheritance, frozen classes, __post_init__ and InitVar,
# KW_ONLY, slots, fields/asdict/astuple/replace/make_dataclass and CPython's errors.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != (1, 2), Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__, Point.__match_args__)
print(Point.__hash__, Point.__dataclass_params__, list(Point.__dataclass_fields__))
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    computed: float = field(init=False, default=0.0)

    def total(self):
        return self.unit_price * self.quantity


item = Inventory("widget", 2.5, 4)
item.tags.append("new")
print(item, item.total(), Inventory("a", 1.0).tags is not Inventory("b", 1.0).tags, Inventory.__doc__)
print(Inventory("w", 1.0, secret="x") == Inventory("w", 1.0, secret="y"), Inventory.computed)
print([(f.name, f.type, f.default, f.init, f.repr, f.compare) for f in dataclasses.fields(item)])
print(dataclasses.fields(Inventory)[3].default_factory is list, repr(dataclasses.fields(Point)[0]).replace(
    repr(dataclasses.MISSING), "MISSING"))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


versions = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 0)]
print(sorted(versions), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, "a") == Version(1, 0))
print(hash(Version(1, 2)) == hash((1, 2)), len({Version(1), Version(1, 0, "x")}), Version.__hash__.__qualname__)
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del Version(1).minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(Version(1) < (1, 0) if False else "", end="")
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)
    opening: InitVar[float] = 0.0

    def __post_init__(self, opening):
        print("post_init with", opening)
        if opening:
            self.balance += opening
            self.history.append(("open", opening))


acct = Account("ann", opening=10.0)
print(acct, [f.name for f in dataclasses.fields(acct)], "opening" in Account.__dataclass_fields__)
print(dataclasses.replace(acct, owner="bo", opening=1.0))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 7


print(Child(), Child(1, "x", 2.0), Child.__doc__, [f.name for f in dataclasses.fields(Child)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Options(level=3), Mixed(1, c=3), Mixed.__doc__, Options.__doc__, Mixed.__match_args__)
for call in [lambda: Mixed(1, 2, 3), lambda: Options(True, 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, Slotted.__init__.__qualname__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)


@dataclass(eq=False)
class Plain:
    v: int


@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: list = field(default_factory=list, hash=False)


print(Plain(1) == Plain(1), Plain(1).__hash__ is not None, hash(Hashed(3)) == hash((3,)), Hashed.__hash__ is not None)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def __hash__(self):
        return 1


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(dataclasses.asdict(root), dataclasses.astuple(root), hash(root), Node.__hash__.__qualname__)
print(dataclasses.asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv)), dataclasses.astuple(p, tuple_factory=list))
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3), dataclasses.replace(p, y=9))
cyclic = Node(0)
cyclic.children.append(cyclic)
print(cyclic)

for make in [lambda: field(default=1, default_factory=list), lambda: dataclasses.fields(3),
             lambda: dataclasses.asdict(Point), lambda: dataclasses.astuple(3), lambda: dataclasses.replace(3),
             lambda: dataclasses.replace(item, computed=1.0), lambda: dataclasses.replace(acct)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for source in ["@dataclass\nclass Bad:\n    x: int = 0\n    y: int\n",
               "@dataclass(order=True, eq=False)\nclass Bad:\n    x: int\n",
               "@dataclass(order=True)\nclass Bad:\n    x: int\n    def __lt__(self, other): return True\n",
               "@dataclass(unsafe_hash=True)\nclass Bad:\n    x: int\n    def __hash__(self): return 0\n",
               "@dataclass(frozen=True)\nclass Bad(Base):\n    z: int = 0\n",
               "@dataclass\nclass Bad:\n    a: int\n    _: KW_ONLY\n    __: KW_ONLY\n",
               "@dataclass\nclass Bad:\n    y = field(default=1)\n",
               "@dataclass(weakref_slot=True)\nclass Bad:\n    x: int\n"]:
    try:
        exec(source, globals())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(dataclasses.MISSING)[:27], repr(KW_ONLY)[:27], InitVar[int], InitVar[list[str]], repr(field())[:60])
