"""The model's warm-up (org.gillab.model.WarmUp) runs this module, compiled afresh, in each small round.

A program's first moments give the eval loop what a warm-up that only counts down never did: new code
objects, and instructions (imports, classes, try, except*, with, match, generators, coroutines, closures,
unpacking) the JIT's profile has never seen. The compiled eval loop meets each as a path it left out, is thrown away and recompiled,
and the program's threads run it half-compiled, profiling, on shared counters: measured on a 20M countdown,
free-threaded 2 threads took 1.06-1.85 s after a warm-up without this module, 0.31-0.65 s with it (one
thread: 0.58-0.66 s).
So this uses every instruction the compiler emits (but PRINT_EXPR, interactive only), each at least once
each time it runs; WarmUpTest checks that it still does.
"""
from math import *
import sys as _sys
from collections import namedtuple
__annotations_probe__: int = 1
Point = namedtuple("Point", "x y")
gone = 1
del gone


class Base:
    kind = "base"

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r:>3})"

    @property
    def double(self):
        return self.value * 2

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return isinstance(exc[1], KeyError)


def outer(k):
    scale: float = 1.5
    class Inner(Base):
        factor = k
        def grow(self):
            return super().double + self.factor * scale
    return Inner


def numbers(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        yield i


def relay(n):
    got = yield from numbers(n)
    return got


class Ticks:
    """An async iterator and async context manager: await, async for and async with."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def counting(n):
    """An async generator: each yield is wrapped (ASYNC_GEN_WRAP)."""
    for i in range(n):
        yield i


async def ticking(n):
    async with Ticks(n) as ticks:
        async for tick in ticks:
            if tick == 1:
                break
        return [tick async for tick in Ticks(n)] + [await ticks.__anext__()] + [i async for i in counting(2)]


def variety(n):
    global counter
    counter = 0
    Inner = outer(2)
    items = [Inner(i) for i in range(n)]
    total = sum(item.grow() for item in items)
    squares = {i: i * i for i in range(n) if i & 1}
    seen = {i % 5 for i in range(n)}
    first, *rest = list(relay(n)) or [0]
    a, b = divmod(n, 7)
    text = "%d-%s" % (a, b) + str(-a) + str(+b) + str(~a) + str(not b)
    data = {"a": 1, **{"b": 2}}
    args = (1, 2, *rest[:2])
    merged = dict(data, **{"c": 3})
    point = Point(x=a, y=b)
    chunk = items[1:n:2]
    items[0] = Inner(0)
    del items[-1]
    item = items[0]
    item.extra = 1
    del item.extra
    fn = lambda x, y=1, *more, z=2, **kw: x + y + z + len(more) + len(kw)
    total += fn(*args, z=3, **{"w": 4}) + fn(1)
    try:
        seen.remove(-1)
    except (KeyError, ValueError) as error:
        total += len(str(error))
    else:
        total -= 1
    finally:
        counter += 1
    try:
        try:
            raise ValueError("inner")
        except ValueError as error:
            raise RuntimeError("outer") from error
    except RuntimeError:
        total += 1
    try:
        raise ExceptionGroup("group", [ValueError(n), KeyError(n)])
    except* ValueError as group:
        total += len(group.exceptions)
    except* KeyError:
        total += 1
    with Base(1) as managed:
        {}["missing"]
    for key in data:
        if key is None or key is not None and key in merged and key not in seen:
            total += merged[key]
    assert total is not None, "never"
    x = a if a > b else b
    x = a and b or x
    while x > 0:
        x -= 1
        if x == 3:
            break
    else:
        total += 1
    cell = 0
    def bump():
        nonlocal cell
        cell += 1
        return cell
    bump()
    del first
    a, b = b, a
    same = a is b
    both = {*seen, a, same}
    mixed = [1, 2.5, "s", (1, 2), None]
    for left in mixed:
        for right in mixed:
            if left == right or left != right:
                total += 1
            if type(left) is type(right) and left is not None:
                total += (left < right) + (left <= right) + (left > right) + (left >= right)
                both.add(left + right if not isinstance(left, tuple) else left[0])
    c, d = "xy"
    e, f = {1: 0, 2: 0}
    g, h = iter([1, 2])
    for i, (k, v) in enumerate(zip(c + d, [e, f])):
        total += i + v + len(k) + "xy".index(k) + (g, h)[1] + {k: v}[k]
    total += ("a" in "abc") + (1 in [1]) + (2 in {2: 0}) + (3 in {3}) + (4 in (4,))
    for value in (0, 1, "", "x", [], [0], None, 0.0, data):
        if value:
            total += 1
        if not value:
            total += 2
        picked = value and value or value
        total += 1 if picked is value else 0
    try:
        ticking(n % 4 + 3).send(None)
    except StopIteration as stop:
        total += len(stop.value)
    for shape in (point, {"kind": "box", "side": a, "extra": 1}, [1, *rest], (b,), "text", 7):
        match shape:
            case Point(x=0) | Point(0, _):
                total += 1
            case {"kind": "box", "side": side, **others}:
                total += side + len(others)
            case [1, *tail] if tail:
                total += len(tail)
            case (single,):
                total += single
            case str() as word:
                total += len(word)
            case _:
                total += 1
    del counter
    result = (total, len(squares), len(both), text, point.x, len(chunk), sqrt(4.0), repr(managed), bump(), _sys.maxsize > 0)
    del cell
    return result
