# typing: special forms and aliases print, compare and subscript as CPython's do; get_origin/get_args;
# instance checks against bare aliases work and against subscribed ones fail as CPython says.
import collections.abc
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generator, Iterable, Iterator, List,
                    Literal, Mapping, Optional, Sequence, Set, Tuple, Type, Union, Annotated)

for hint in [List, List[int], Dict[str, int], Optional[int], Optional[List[int]], Union[int, str],
             Union[int, str, None], Union[int], Union[int, Union[str, int]], Tuple[int, ...], Tuple[()],
             Tuple[int, str], Set[float], FrozenSet[bytes], Callable[[int, str], bool], Callable[..., int],
             Callable[[], None], Iterable[int], Iterator[str], Generator[int, None, None], Sequence[Any],
             Mapping[str, List[int]], ClassVar[int], Final[str], Literal[1, "a", None], Type[int],
             Dict["Node", int], Any, typing.NoReturn, Annotated[int, "meta", 2], List[int] | None,
             int | List[str], Optional[Union[int, str]], Callable, Tuple, Union, Optional]:
    print(repr(hint))

print(List[int] == List[int], List[int] == List[str], hash(Dict[str, int]) == hash(Dict[str, int]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Literal[1, 2] == Literal[2, 1])
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Callable[[int], str].__args__)
print(typing.get_origin(List[int]), typing.get_origin(Optional[int]) is Union, typing.get_origin(int))
print(typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]), typing.get_args(int),
      typing.get_args(Annotated[int, "m"]), typing.get_origin(Annotated[int, "m"]) is Annotated)
print(typing.get_origin(list[int]), typing.get_args(int | str), typing.get_origin(Iterable[int]))
print(isinstance([1], List), isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance(3, Iterable))
print(issubclass(list, Sequence), issubclass(dict, Dict), isinstance(len, Callable), isinstance(3, Union[int, str]))
for bad in [lambda: isinstance([], List[int]), lambda: List(), lambda: Dict[int](), lambda: isinstance(1, Any),
            lambda: List[int, str], lambda: Dict[str], lambda: Union[()], lambda: Tuple[1, 2][int],
            lambda: Any(), lambda: Optional(), lambda: isinstance(1, Optional), lambda: ClassVar[1, 2]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(typing.Deque[int](), typing.DefaultDict[str, int](int), typing.Counter("aab"))
print(typing.TYPE_CHECKING, typing.Text is str, typing.cast(List[int], "not checked"), typing.cast("int", 3))
try:
    class Bad(Union):
        pass
except TypeError as e:
    print("TypeError:", e)


class MyList(List[int]):
    pass


print(MyList.__mro__, MyList([1, 2]))
T = typing.TypeVar("T")
UserId = typing.NewType("UserId", int)
print(T | None, UserId | int, int | UserId, typing.ForwardRef("X") | int, str | Optional[int], Any | None)
import typing
print(list[int] | None, None | list[int], dict[str, int] | int, int | list[int], list[int] | list[str])
u = list[int] | None
print(type(u).__name__, u.__args__, typing.get_args(u))
def f(x: list[int] | None = None) -> dict[str, list[int]] | None: ...
print(f.__annotations__)
try:
    list[int] | 3
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], list | None), isinstance(None, int | None))
