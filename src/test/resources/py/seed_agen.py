import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        received = yield i
        print("sent", received)


async def main():
    async for t in ticker(3, 0):
        print("tick", t)
    squares = [i * i async for i in ticker(4, 0)]
    doubled = (i * 2 async for i in ticker(2, 0))
    awaited = (await asyncio.sleep(0, i) for i in range(2))
    print(squares, [d async for d in doubled], [a async for a in awaited])


asyncio.run(main())
