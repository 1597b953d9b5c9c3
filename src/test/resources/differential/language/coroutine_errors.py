# Coroutine errors with CPython's words: bad awaitables, reuse, StopIteration, syntax errors, tracebacks,
# and the RuntimeWarning of a coroutine that is never awaited.
import traceback


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def answer():
    return 42


class NotIterator:
    def __await__(self):
        return 7


class ReturnsCoroutine:
    def __await__(self):
        return answer()


class NoExit:
    async def __aenter__(self):
        return self


class BadEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *exc):
        return False


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


async def attempts():
    for make in (lambda: 5, lambda: None, NotIterator, ReturnsCoroutine):
        try:
            await make()
        except TypeError as e:
            print("TypeError:", e)
    for manager in (NoExit(), BadEnter(), 3):
        try:
            async with manager:
                pass
        except TypeError as e:
            print("TypeError:", e)
    for iterable in (5, BadAnext()):
        try:
            async for _ in iterable:
                pass
        except TypeError as e:
            print("TypeError:", e)
    done = answer()
    print(await done)
    try:
        await done
    except RuntimeError as e:
        print("RuntimeError:", e)


run(attempts())


async def stops():
    raise StopIteration("leaked")

try:
    run(stops())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

for source in ["await x", "def f():\n    await x\n", "def f():\n    async with a:\n        pass\n",
               "def f():\n    async for a in b:\n        pass\n", "async def f():\n    lambda: await x\n",
               "def f():\n    return [x async for x in y]\n"]:
    try:
        compile(source, "<snippet>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)


async def level3():
    raise ValueError("deep")


async def level2():
    await level3()


async def level1():
    return await level2()

try:
    run(level1())
except ValueError:
    traceback.print_exc()


def forgets():
    answer()
    print("forgot to await")


forgets()
print("end")
