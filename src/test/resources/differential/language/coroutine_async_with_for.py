# async with and async for: enter/exit order, exceptions, suppression, break/return/continue, comprehensions.


def run(coro):
    """Drives a coroutine that never really suspends to its result."""
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Step:
    """An awaitable that suspends once."""

    def __await__(self):
        yield "step"


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Step()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Step()
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Step()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def nested_with():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    return "with done"


async def leave_early():
    async with Resource("r"):
        return "returned from inside"


async def loops():
    seen = []
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        seen.append(i)
    else:
        seen.append("no else after break")
    async for i in Countdown(2):
        seen.append(i)
    else:
        seen.append("else")
    for outer in range(2):
        async for i in Countdown(3):
            async with Resource(f"loop{outer}"):
                if i == 1:
                    break
    return seen


async def comprehensions():
    squares = [i * i async for i in Countdown(4)]
    evens = {i async for i in Countdown(6) if i % 2 == 0}
    pairs = {i: await double(i) async for i in Countdown(3)}
    awaited = [await double(x) for x in range(3)]
    nested = [(i, j) async for i in Countdown(2) for j in range(2)]
    return squares, sorted(evens), pairs, awaited, nested


async def double(x):
    await Step()
    return 2 * x


async def failing_iteration():
    class Broken(Countdown):
        async def __anext__(self):
            raise RuntimeError("broken iterator")
    try:
        async for _ in Broken(3):
            pass
    except RuntimeError as e:
        print("loop error", e)


print(run(nested_with()))
print(run(leave_early()))
print(run(loops()))
print(run(comprehensions()))
run(failing_iteration())
