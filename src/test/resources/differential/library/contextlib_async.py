# contextlib's asynchronous context managers as in CPython 3.11: asynccontextmanager (entering,
# leaving, exceptions swallowed or passed on, the "didn't yield/stop" errors, as a decorator),
# aclosing, AsyncExitStack and nullcontext under async with, and the ABC's duck typing.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, swallow=False):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
        if not swallow:
            raise
    finally:
        await asyncio.sleep(0)
        print("close", name)


@contextlib.asynccontextmanager
async def never_yields():
    if False:
        yield


@contextlib.asynccontextmanager
async def yields_twice():
    yield 1
    yield 2


class Closeable:
    async def aclose(self):
        print("aclose called")


@resource("decorated")
async def decorated(x):
    print("inside decorated", x)
    return x + 1


async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b", swallow=True):
        raise KeyError("swallowed")
    print("after swallow")
    try:
        async with resource("c"):
            raise KeyError("passed on")
    except KeyError as e:
        print("caught", repr(e))
    try:
        async with resource("d"):
            raise ValueError("not handled")
    except ValueError as e:
        print("caught", repr(e))
    for cm in (never_yields, yields_twice):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await decorated(41))

    async with contextlib.aclosing(Closeable()) as thing:
        print(type(thing).__name__)
    async with contextlib.nullcontext(5) as five:
        print("nullcontext gave", five)

    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(resource("e")))
        print(stack.enter_context(contextlib.nullcontext("sync")))

        async def async_cb(tag):
            print("async callback", tag)

        stack.push_async_callback(async_cb, "one")
        stack.callback(print, "sync callback")

        async def swallow_exit(exc_type, exc, tb):
            print("async exit sees", exc_type)
            return True

        stack.push_async_exit(swallow_exit)
        raise IndexError("swallowed by the stack")
    print("after the stack")

    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(resource("f"))
    moved = stack.pop_all()
    await stack.aclose()
    print("nothing closed yet")
    await moved.aclose()
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print(e)


asyncio.run(main())
print(isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager))
print(issubclass(contextlib.AsyncExitStack, contextlib.ExitStack))


class Duck:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(isinstance(Duck(), contextlib.AbstractAsyncContextManager), isinstance(1, contextlib.AbstractAsyncContextManager))
