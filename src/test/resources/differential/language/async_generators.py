# Async generators (PEP 525): async for, asend/athrow/aclose, anext/aiter, async comprehensions and
# generator expressions, their attributes and CPython's RuntimeError messages, driven without a loop.
import types


class Suspend:
    """An awaitable that passes one value up to whoever drives the coroutine."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)


def drive(coro):
    """Runs a coroutine to its end, printing what its awaits pass up."""
    try:
        while True:
            print("  passed up:", coro.send(None))
    except StopIteration as stop:
        return stop.value


async def count(n):
    for i in range(n):
        await Suspend(f"tick {i}")
        got = yield i
        if got is not None:
            print("  sent in:", got)
    print("  count done")


async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  caught", repr(e))
        yield "recovered"
    finally:
        print("  guarded finally")


async def main():
    async for x in count(2):
        print("for", x)
    print([x * 10 async for x in count(3)])
    print({x: x * x async for x in count(2)})
    doubled = (x * 2 async for x in count(2))
    print(type(doubled).__name__, [d async for d in doubled])
    awaiting = (await Suspend(i) for i in range(2))
    print([a async for a in awaiting])

    g = count(3)
    print(await g.asend(None), await g.asend("hello"), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await anext(g, "default"))

    h = guarded()
    print(await anext(h))
    print(await h.athrow(ValueError("boom")))
    print(await h.aclose(), await h.aclose())
    try:
        await h.asend(None)
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")

    k = guarded()
    await anext(k)
    await k.aclose()
    print("aclose ran the finally")

    it = aiter(count(1))
    print(await anext(it))


drive(main())

g = count(1)
print(repr(g).startswith("<async_generator object count at 0x"), type(g).__name__, type(g).__module__)
print(isinstance(g, types.AsyncGeneratorType), g.__name__, g.__qualname__, g.ag_running, g.ag_await)
print(g.ag_code.co_name, g.ag_code.co_flags & 0x200 != 0, type(g.ag_frame).__name__)
print(type(g.__anext__()).__name__, type(g.aclose()).__name__)


async def bad_stop():
    raise StopAsyncIteration("inside")
    yield


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def errors():
    try:
        await anext(bad_stop())
    except RuntimeError as e:
        print(type(e).__name__, e, "from", repr(e.__cause__))
    a = ignores_exit()
    await anext(a)
    try:
        await a.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
    step = count(1).__anext__()
    drive_again = step.__await__()
    print(next(drive_again))
    try:
        next(drive_again)
    except StopIteration as e:
        print("first value", e.value)
    try:
        step.send(None)
    except RuntimeError as e:
        print(e)
    busy = count(2)
    first = busy.__anext__()
    print(first.send(None))
    try:
        busy.__anext__().send(None)
    except RuntimeError as e:
        print(e)


drive(errors())

for bad in (1, "x"):
    for f in (aiter, anext):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
try:
    next(count(1))
except TypeError as e:
    print(e)
try:
    for _ in count(1):
        pass
except TypeError as e:
    print(e)
for source in ("async def f():\n    yield 1\n    return 2\n", "async def f():\n    yield from g()\n"):
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
