# A user's asyncio program: async for over an async generator, an async comprehension,
# asynccontextmanager, Condition.wait_for with notify_all, and a Barrier of two.
import asyncio
from contextlib import asynccontextmanager

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

@asynccontextmanager
async def connection(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def consumer(cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print("consumer saw", items)

async def main():
    async for t in ticker(3, 0.01):
        print("tick", t)
    squares = [i * i async for i in ticker(4, 0)]
    print(squares)
    async with connection("db") as c:
        print("using", c)
    cond = asyncio.Condition()
    items = []
    task = asyncio.create_task(consumer(cond, items))
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify_all()
    await task
    barrier = asyncio.Barrier(2)
    async def party(n):
        await barrier.wait()
        return n
    print(await asyncio.gather(party(1), party(2)))

asyncio.run(main())
