# gather(return_exceptions=True) reports a cancelled child as a new CancelledError carrying the
# message cancel() gave the future ('' when none, and '' for a task, whose coroutine's CancelledError
# made it cancelled): awaiting the task afterwards still raises the CancelledError its coroutine raised.
import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel("stop now")
    print(await asyncio.gather(task, return_exceptions=True))
    try:
        await task
    except asyncio.CancelledError as e:
        print("awaited:", repr(e))

    fut = asyncio.get_running_loop().create_future()
    fut.cancel("future message")
    plain = asyncio.get_running_loop().create_future()
    plain.cancel()
    print(await asyncio.gather(fut, plain, asyncio.sleep(0, "ok"), return_exceptions=True))


asyncio.run(main())
