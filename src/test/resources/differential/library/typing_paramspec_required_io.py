# typing names that user code imports: ParamSpec for decorators that keep a signature, Required and
# NotRequired keys of a TypedDict, the IO classes, the re and async context manager aliases.
from typing import (IO, AsyncContextManager, BinaryIO, Callable, Concatenate, Generic, Match, NotRequired,
                    ParamSpec, Pattern, Required, TextIO, TypedDict, TypeVar, dataclass_transform, get_args,
                    get_origin, get_type_hints, no_type_check_decorator)
import functools

P = ParamSpec("P")
R = TypeVar("R")


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def scale(x: int, factor: int = 2) -> int:
    return x * factor


print(scale(3), scale(4, factor=10))
print(P, P.args, P.kwargs, P.__name__, P.__module__, P.args.__origin__ is P, P.args == P.args)
print(get_type_hints(logged))
print(Callable[P, int], Callable[Concatenate[str, P], int], get_args(Callable[P, int]))
print(Callable[..., int], Callable[[int, str], int], get_args(Callable[[int], str]))
print(isinstance(P, TypeVar), ParamSpec("Q", bound=int), ParamSpec("Q").__bound__)


class Handler(Generic[P, R]):
    pass


print(Handler.__parameters__, Handler[[int, str], bool])


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    rating: NotRequired[float]


class Show(TypedDict):
    title: str
    seasons: NotRequired[int]


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__annotations__)
print(sorted(Show.__required_keys__), sorted(Show.__optional_keys__))
print(get_type_hints(Movie), get_type_hints(Movie, include_extras=True))
print(get_origin(Required[int]) is Required, get_args(NotRequired[str]))
try:
    Required[int, str]
except TypeError as e:
    print("TypeError:", e)

print(IO, TextIO, BinaryIO, IO[str], TextIO.__mro__, BinaryIO.__parameters__, IO.__parameters__)


def write_report(out: TextIO, raw: BinaryIO) -> None:
    pass


print(get_type_hints(write_report))
print(Pattern, Match[bytes], Pattern[str], AsyncContextManager[int])


@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(no_type_check_decorator(logged).__name__)
