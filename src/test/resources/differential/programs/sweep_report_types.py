# statistics over worker results: NamedTuple rows, TypedDict config, Protocol, abstract base, __slots__, properties
import abc
import math
import statistics
import string
from typing import NamedTuple, TypedDict, Protocol, Sequence, Iterator, Generator, Union


class Config(TypedDict):
    workers: int
    size: int


class Row(NamedTuple):
    workers: int
    seconds: float
    speedup: float = 1.0


class Runner(Protocol):
    def run(self, n: int) -> float: ...


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self, n: int) -> float:
        raise NotImplementedError

    @property
    def name(self) -> str:
        return type(self).__name__.lower()


class Fake(Base):
    __slots__ = ("scale",)

    def __init__(self, scale: float) -> None:
        self.scale = scale

    def run(self, n: int) -> float:
        return n * self.scale


def sweep(runner: Runner, cfg: Config) -> Generator[Row, None, None]:
    base = runner.run(cfg["size"])
    for w in range(1, cfg["workers"] + 1):
        t = runner.run(cfg["size"]) / w
        yield Row(w, t, base / t)


def fmt(x: Union[int, float]) -> str:
    return f"{x:6.2f}"


cfg: Config = {"workers": 4, "size": 1000}
rows = list(sweep(Fake(0.001), cfg))
for r in rows:
    print(r.workers, fmt(r.seconds), fmt(r.speedup), r._replace(speedup=0.0))
print(statistics.mean(r.speedup for r in rows), statistics.median([r.seconds for r in rows]),
      round(statistics.stdev([1.0, 2.0, 4.0]), 6), math.isclose(rows[1].speedup, 2.0))
print(Fake(1).name, Row._fields, Row(2, 1.0))
try:
    Base()
except TypeError as e:
    print(e)
tpl = string.Template("$who ran $n threads")
print(tpl.substitute(who="lab", n=4))
print(" | ".join(f"{h:^8}" for h in ("workers", "secs")), "-" * 20, sep="\n")
