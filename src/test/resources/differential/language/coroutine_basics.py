# Coroutines driven by hand: send, throw, close, await chains, attributes and reprs.
import types


async def double(x):
    return x * 2


async def chain(n):
    total = 0
    for i in range(n):
        total += await double(i)
    return total


class Ticket:
    """An awaitable from a class: __await__ is a generator that yields once."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield f"waiting for {self.label}"
        return f"{self.label} got {got}"


@types.coroutine
def pause(tag):
    reply = yield ("pause", tag)
    return reply


async def worker():
    a = await Ticket("a")
    b = await pause("b")
    c = await chain(4)
    return a, b, c


def drive(coro, replies):
    """Sends None first, then each reply, printing what the coroutine yields, until it returns."""
    value = None
    for reply in [None] + replies:
        try:
            value = coro.send(reply)
        except StopIteration as stop:
            return stop.value
        print("yielded", value)
    raise AssertionError("coroutine did not finish")


print(drive(chain(3), []))
print(drive(worker(), ["one", "two", "three"]))

c = worker()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(repr(c).startswith("<coroutine object worker at 0x"))
print(c.send(None))
print(c.cr_await is not None, c.cr_suspended)
try:
    c.throw(KeyError("boom"))
except KeyError as e:
    print("thrown back", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print(e)
print(type(c) is types.CoroutineType)


async def guarded():
    try:
        await Ticket("g")
    except ValueError as e:
        print("caught", e)
        return "recovered"
    finally:
        print("finally runs")


g = guarded()
g.send(None)
try:
    g.throw(ValueError("inside"))
except StopIteration as stop:
    print("returned", stop.value)

h = guarded()
h.send(None)
h.close()
print("closed", h.cr_suspended)

unstarted = double(5)
unstarted.close()
del unstarted

try:
    double(1).send(3)
except TypeError as e:
    print(e)


class Outer:
    async def method(self):
        async def nested():
            return "nested"
        return await nested()


m = Outer().method()
print(m.__qualname__)
print(drive(m, []))

wrapper = double(21).__await__()
try:
    next(wrapper)
except StopIteration as stop:
    print("wrapper", stop.value)

framed = worker()
print(framed.cr_frame.f_lineno, framed.cr_frame.f_code.co_name)
framed.send(None)
print(framed.cr_frame.f_lineno, framed.cr_frame.f_back)
framed.close()
print(framed.cr_frame)
