# wait_for compares its timeout before it makes a task of the coroutine: a timeout of the wrong type
# raises TypeError with the coroutine never started.
import asyncio
import warnings

warnings.simplefilter("ignore", RuntimeWarning)  # the coroutine is never awaited, by design


async def job():
    print("job started")
    return 1


async def main():
    try:
        await asyncio.wait_for(job(), timeout="soon")
    except TypeError as e:
        print("wait_for:", e)
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(job(), timeout=1))


asyncio.run(main())
