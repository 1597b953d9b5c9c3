# typing: TypeVar and Generic classes, Protocol with runtime_checkable, NamedTuple and TypedDict in both
# forms, NewType, overload, final, get_type_hints (forward references, classes, None) as CPython has them.
from __future__ import annotations

import typing
from dataclasses import dataclass, field
from typing import (Any, ClassVar, Dict, Generic, List, NamedTuple, NewType, Optional, Protocol, TypedDict,
                    TypeVar, final, get_type_hints, overload, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, N, Co, Contra, T.__name__, K.__bound__, N.__constraints__, Co.__covariant__, T.__module__)
for make in [lambda: TypeVar("X", int), lambda: TypeVar("X", int, str, bound=int)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, s.__orig_class__, Stack[int] == Stack[int], Stack.__mro__)
print(List[T], List[T][int], Dict[str, T][float], typing.Tuple[T, T][str], Stack.__orig_bases__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)
for bad in [lambda: Pair[int], lambda: Generic[int], lambda: Stack[int][str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class SizedThing(Protocol):
    size: int


class File:
    def close(self) -> None:
        print("closed")


print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable))
for bad in [lambda: isinstance(File(), SizedThing), lambda: SizedThing(), lambda: runtime_checkable(File)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "origin"

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._asdict(), Point._fields, Point._field_defaults, Point.__annotations__, p._replace(x=1))
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
Color = NamedTuple("Color", r=int, g=int)
print(Employee("ann", 3), Employee.__annotations__, Color(1, 2), isinstance(p, tuple), Point.__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(title="Alien", year=1979)
print(m, type(m), Movie.__annotations__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__))
Book = TypedDict("Book", {"title": str, "pages": int})
print(Book(title="x", pages=3), Book.__total__, Movie2.__total__, typing.is_typeddict(Book))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, typing.Optional[UserId])


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(typing.get_overloads(double)))


@final
class Leaf:
    @final
    def done(self) -> bool:
        return True


print(Leaf.__final__, Leaf.done.__final__)


@dataclass
class Job:
    name: str
    tags: List[str] = field(default_factory=list)
    limit: ClassVar[int] = 10
    parent: Optional[Job] = None
    extra: Any = None


print(Job("a"), [f for f in Job.__dataclass_fields__], Job.limit)
print(get_type_hints(Job))


def handler(job: Job, retries: "int" = 3, note: None = None) -> Dict[str, "Job"]:
    return {}


print(get_type_hints(handler))
print(get_type_hints(Point), get_type_hints(Stack.push))
