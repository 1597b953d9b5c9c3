# __name__ and __qualname__ of typing aliases, as code that logs or registers handlers by type name reads
# them: a user generic subscripted (Stack[int]) has its class's name, Optional[X] (and Union[X, None]) is
# named Optional, Annotated[...] Annotated, and the named aliases keep their own.
import threading
import typing
from typing import Annotated, Generic, List, Optional, TypeVar, Union

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self):
        self._items = []
        self._lock = threading.Lock()

    def push(self, item):
        with self._lock:
            self._items.append(item)


class Outer:
    class Inner(Generic[T]):
        pass


handlers = {}


def register(hint):
    handlers[hint.__name__] = hint
    return hint


for hint in (Stack[int], Outer.Inner[str], List[int], List, typing.Dict[str, int], typing.Callable[[int], str],
             Union[int, str], Optional[int], Union[None, int], Union[int, str, None], typing.Tuple[int],
             typing.Literal[1], Annotated[int, "meta"], Annotated[Stack[int], "x"], typing.ClassVar[int],
             typing.Final[int], typing.Type[int], list[int]):
    register(hint)
    print(repr(hint), hint.__name__, hint.__qualname__)
print(sorted(handlers))
print(Stack[int]().__class__.__name__, Stack[int].__origin__.__name__, typing.get_origin(Optional[int]))
try:
    Stack[int].__missing_dunder__
except AttributeError as e:
    print("AttributeError:", e)
