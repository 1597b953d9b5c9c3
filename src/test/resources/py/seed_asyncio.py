import asyncio


class Pool:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class Ticks:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


def countdown(n):
    while n > 0:
        n -= 1
    return n


async def main():
    async with Pool() as pool:
        async for tick in Ticks(2):
            print(tick)
    squares = [t * t async for t in Ticks(3)]
    done = await asyncio.gather(*(asyncio.to_thread(countdown, 100000) for _ in range(2)))
    return squares, done, pool is not None


print(asyncio.run(main()))
