# asyncio and unfinished async generators: the loop's firstiter/finalizer hooks (sys.get_asyncgen_hooks
# while it runs), aclose() scheduled when one is dropped after a break, and shutdown_asyncgens closing
# the ones still alive when asyncio.run ends, so their finally blocks (which may await) run.
import asyncio
import sys


async def numbers(name):
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        print("finally of", name, "starts")
        await asyncio.sleep(0)
        print("finally of", name, "ends")


kept = []


async def main():
    firstiter, finalizer = sys.get_asyncgen_hooks()
    print("hooks set:", firstiter is not None, finalizer is not None)
    async for x in numbers("broken"):
        if x == 2:
            break
    print("after break")
    await asyncio.sleep(0.01)
    g = numbers("kept")
    kept.append(g)
    print("first of kept:", await anext(g))
    print("main ends")


asyncio.run(main())
print("hooks after run:", sys.get_asyncgen_hooks())

seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)


async def one():
    yield 1


async def use():
    print([x async for x in one()])


c = use()
try:
    c.send(None)
except StopIteration:
    pass
print(len(seen), type(seen[0]).__name__)
seen.clear()
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
