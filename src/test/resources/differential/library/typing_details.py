# typing: the less common corners -- substitution through Union/Callable/Tuple, Annotated and
# get_type_hints(include_extras), Literal flattening, generic protocols, Supports* checks, Any as a
# base class, overload's placeholder, NamedTuple/TypedDict misuse -- with CPython's reprs and errors.
import sys
import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple,
                    NewType, Optional, Protocol, Tuple, TypedDict, TypeVar, Union, get_args, get_origin,
                    get_type_hints, overload, runtime_checkable)

T = TypeVar("T")
S = TypeVar("S")


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, ValueError, AttributeError, AssertionError, NotImplementedError, SyntaxError) as e:
        print(label, "!!", type(e).__name__, e)


attempt("union subst", lambda: Union[T, int][str])
attempt("union collapse", lambda: Union[T, int][int])
attempt("optional subst", lambda: Optional[List[T]][bytes])
attempt("callable subst", lambda: Callable[[T, int], S][str, float])
attempt("callable ellipsis subst", lambda: Callable[..., T][int])
attempt("tuple subst", lambda: Tuple[T, ...][int])
attempt("dict partial", lambda: Dict[str, List[T]][int])
attempt("nested union", lambda: Union[int, int | str, Optional[float]])
attempt("literal flatten", lambda: Literal[1, Literal[2, 1], "x"])
attempt("literal bool", lambda: (Literal[1, True], Literal[0] == Literal[False]))
attempt("annotated nest", lambda: Annotated[Annotated[int, "a"], "b"])
attempt("annotated args", lambda: (get_origin(Annotated[List[int], 5]), get_args(Annotated[List[int], 5])))
attempt("annotated call", lambda: Annotated[list, "x"]("ab"))
attempt("callable args", lambda: (get_args(Callable[..., int]), get_args(Callable[[], str]), get_origin(Callable)))
attempt("union args", lambda: (get_args(Union[int, str]), get_args(Optional[str]), get_origin(Union)))
attempt("classvar args", lambda: (get_origin(ClassVar[int]) is ClassVar, get_args(Final[int])))
attempt("typeguard", lambda: typing.TypeGuard[int])
attempt("plain classvar arg", lambda: List[ClassVar])
attempt("final arg", lambda: List[Final[int]])
attempt("tuple arg", lambda: Optional[(int, str)])
attempt("optional two", lambda: Optional[int, str])
attempt("hashable sub", lambda: typing.Hashable[int])
attempt("noreturn sub", lambda: typing.NoReturn[int])
attempt("concatenate", lambda: typing.Concatenate[int, str])
attempt("bivariant", lambda: TypeVar("B", covariant=True, contravariant=True))
attempt("forward bad", lambda: typing.ForwardRef(3))
attempt("forward syntax", lambda: typing.ForwardRef("a +"))
attempt("forward eq", lambda: (typing.ForwardRef("A") == typing.ForwardRef("A"), Optional["A"]))
attempt("generic empty", lambda: Generic[()])
attempt("generic dup", lambda: Generic[T, T])
attempt("reprs", lambda: (typing.ContextManager[int], typing.AbstractSet[str], typing.Type[Any], typing.Deque))
attempt("isinstance abc", lambda: (isinstance({}, typing.MutableMapping), issubclass(tuple, typing.Sequence),
                                    isinstance(3, typing.Hashable), issubclass(dict, typing.Mapping)))
attempt("union isinstance", lambda: (isinstance(None, Optional[int]), isinstance("s", Union[int, float])))
attempt("union generic isinstance", lambda: isinstance(1, Optional[List[int]]))
attempt("literal isinstance", lambda: isinstance(1, Literal[1]))
attempt("supports", lambda: (isinstance(1.5, typing.SupportsInt), isinstance("1", typing.SupportsFloat),
                             issubclass(int, typing.SupportsIndex), typing.SupportsRound[float]))
attempt("assert_never", lambda: typing.assert_never("x" * 120))
attempt("assert_type", lambda: typing.assert_type([1], List[int]))


class Base(Any):
    pass


print(Base.__mro__, isinstance(Base(), Base))


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T:
        ...


class IntBox:
    def get(self) -> int:
        return 1


class Concrete(Box[int]):
    def __init__(self, v):
        self.v = v


print(Box[int], Box.__parameters__, isinstance(IntBox(), Box), Concrete(4).v, Concrete.__mro__)
attempt("protocol base", lambda: type("Bad", (int, Protocol), {}))
attempt("protocol instantiate", lambda: Box())
for base_list in ["List[T], Generic[S]", "Generic[T], Generic[S]", "Generic"]:
    attempt("class(" + base_list + ")", lambda: exec(f"class C({base_list}): pass", globals()))


@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x


attempt("overload dummy", lambda: typing.get_overloads(area)[0](1))
typing.clear_overloads()
print(typing.get_overloads(area))


class Vec(NamedTuple):
    x: float
    y: float = 0.0

    def __repr__(self):
        return f"<{self.x}, {self.y}>"


print(Vec(1), Vec._field_defaults, Vec.__new__.__annotations__, Vec.__doc__)
attempt("nt underscore", lambda: NamedTuple("N", [("_a", int)]))
attempt("nt both", lambda: NamedTuple("N", [("a", int)], b=str))
attempt("nt overwrite", lambda: exec("class N(NamedTuple):\n    a: int\n    def _replace(self): pass"))
attempt("nt base", lambda: exec("class N(NamedTuple, dict):\n    a: int"))
attempt("nt empty", lambda: NamedTuple("Empty")())
attempt("td both", lambda: TypedDict("D", {"a": int}, b=int))
attempt("td base", lambda: exec("class D(TypedDict, dict):\n    a: int"))


class Cfg(TypedDict, total=False):
    name: str
    level: Annotated[int, "1..5"]


print(Cfg(name="x"), Cfg.__total__, sorted(Cfg.__optional_keys__), typing.is_typeddict(dict))
print(get_type_hints(Cfg), get_type_hints(Cfg, include_extras=True))
Port = NewType("Port", int)
attempt("newtype subclass", lambda: exec("class P(Port): pass", globals()))
print(Port.__name__, Port.__qualname__, Port(80) + 1, get_type_hints(Vec))


def greet(name: "Optional[str]", times: Annotated[int, "count"] = 1) -> "List[str]":
    return []


print(get_type_hints(greet), get_type_hints(greet, include_extras=True)["times"])
print(get_type_hints(len), get_type_hints(sys))
attempt("hints of int", lambda: get_type_hints(1))
print(typing.no_type_check(greet).__no_type_check__, typing.final(len), typing.cast(int, None))
typing.reveal_type(Vec(2))
