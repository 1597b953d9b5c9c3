# GIL demo: CPU-bound threads vs sequential, enum states, lru_cache, contextmanager timer, itertools
import enum
import functools
import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager, suppress, ExitStack
from typing import Iterable, Tuple


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


@contextmanager
def timer(label: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(f"{label:<12} {'ok' if elapsed >= 0 else 'bad'}")


@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def countdown(n: int) -> int:
    while n > 0:
        n -= 1
    return n


def pairs(xs: Iterable[int]) -> Iterable[Tuple[int, int]]:
    return itertools.combinations(xs, 2)


with timer("sequential"):
    countdown(200_000)
    countdown(200_000)
with timer("threaded"):
    ts = [threading.Thread(target=countdown, args=(200_000,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(fib(80), fib.cache_info())
print(State.IDLE, State.RUNNING.value, State("idle").name, list(State), Color.RED + 1, Color(2).name)
print(Perm.R | Perm.W, (Perm.R | Perm.W) & Perm.W, Perm.R in (Perm.R | Perm.X), repr(Perm.W))
print(list(pairs(range(4))), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain.from_iterable([[1], [2, 3]])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbc")], list(itertools.islice(itertools.count(10, 5), 3)))
print(list(itertools.product("ab", repeat=2)), list(itertools.zip_longest([1, 2], "abc", fillvalue="-")))
with ThreadPoolExecutor(max_workers=4) as ex:
    futures = {ex.submit(fib, n): n for n in range(20, 25)}
    print(sorted((futures[f], f.result()) for f in as_completed(futures)))
    print(list(ex.map(lambda x: x * x, range(5))))
with suppress(KeyError):
    {}["x"]
with ExitStack() as stack:
    stack.callback(print, "exit stack closed")
    print("inside")
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.partial(int, base=2)("1010"))
print(f"{3.14159:8.2f}|{42:08d}|{'x':^7}|{1234567:,}|{0.25:.1%}|{255:#x}|{7:b}|{1e-5:.2e}|{-3:+d}")
