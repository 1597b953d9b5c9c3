# An exception no one catches leaves asyncio.run with CPython's traceback: run, Runner.run,
# run_until_complete, then the coroutines (Future and Task add no frames: they are C in CPython).
import asyncio


async def work(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"bad {n}")
    return n


async def main():
    task = asyncio.create_task(work(1))
    print(await task)
    print(await asyncio.gather(work(0), work(2)))


asyncio.run(main())
