# asyncio.timeout inside a task that a failed TaskGroup left with a cancellation request still counted
# (cancelling() stays 1 in CPython 3.11): the timeout still becomes TimeoutError, as it compares with
# the count at the block's start; a cancellation from outside during the block stays a CancelledError.
import asyncio

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            tg.create_task(boom())
    except* ValueError as group:
        print("caught", [str(e) for e in group.exceptions])
    print("cancelling after the group:", task.cancelling())
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired(), task.cancelling())

async def cancelled_from_outside():
    async def inner():
        async with asyncio.timeout(0.05):
            asyncio.current_task().cancel()   # another cancellation besides the timeout's
            await asyncio.sleep(1)
    try:
        await inner()
    except asyncio.CancelledError:
        print("the outside cancellation wins")

asyncio.run(main())
asyncio.run(cancelled_from_outside())
