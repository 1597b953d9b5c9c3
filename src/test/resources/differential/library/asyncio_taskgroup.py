# TaskGroup and as_completed: a failing task cancels its group, failures leave as an ExceptionGroup
# (caught with except*, then one left uncaught to print CPython's traceback); as_completed yields
# results in the order tasks finish.
import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ValueError("three")
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(work(1))
        second = tg.create_task(work(2), name="second")
    print(first.result(), second.result(), second.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(3))
            slow = tg.create_task(work(50))
    except* ValueError as group:
        print("caught", group.exceptions, slow.cancelled())
    stray = work(0)
    try:
        tg.create_task(stray)
    except RuntimeError as e:
        print(str(e).endswith("is finished"))
    stray.close()
    for coro in asyncio.as_completed([work(2), work(1), work(0)]):
        print(await coro)
    try:
        for coro in asyncio.as_completed([work(40)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work(3))
        tg.create_task(work(0))


asyncio.run(main())
