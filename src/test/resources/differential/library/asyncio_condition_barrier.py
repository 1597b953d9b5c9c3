# asyncio.Condition (wait, wait_for, notify, notify_all, async with, a shared lock, errors without the
# lock) and the 3.11 Barrier (wait's index, parties, n_waiting, broken, abort, reset, async with,
# BrokenBarrierError), with reprs.
import asyncio


async def waiter(cond, name, log):
    async with cond:
        print(name, "waits")
        await cond.wait()
        log.append(name)
        print(name, "woken, lock held:", cond.locked())


async def conditions():
    cond = asyncio.Condition()
    print(repr(cond).endswith("[unlocked]>"), cond.locked())
    log = []
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(cond).endswith("[unlocked, waiters:3]>"))
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    print("after notify:", log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all:", log)

    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)

    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("shared lock held:", lock.locked())
    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0)
            async with shared:
                state["n"] += 1
                shared.notify_all()

    async def watch():
        async with shared:
            result = await shared.wait_for(lambda: state["n"] >= 3 and state["n"])
            print("wait_for returned", result)

    await asyncio.gather(watch(), bump())

    cancelled = asyncio.create_task(waiter(cond, "cancelled", log))
    await asyncio.sleep(0)
    cancelled.cancel()
    try:
        await cancelled
    except asyncio.CancelledError:
        print("cancelled waiter: lock held afterwards?", cond.locked())


async def barriers():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).endswith("[filling, waiters:0/3]>"), barrier.parties, barrier.n_waiting, barrier.broken)

    async def party(n):
        await asyncio.sleep(n * 0.001)
        index = await barrier.wait()
        return n, index

    print(await asyncio.gather(*(party(n) for n in range(3))))
    print("filling again:", barrier.n_waiting, barrier.broken)

    async def early():
        async with barrier as index:
            return index

    first = asyncio.create_task(early())
    await asyncio.sleep(0)
    print("one waiting:", barrier.n_waiting, repr(barrier).endswith("[filling, waiters:1/3]>"))
    await barrier.reset()
    try:
        await first
    except asyncio.BrokenBarrierError as e:
        print("reset:", type(e).__name__, e)
    print("after reset:", barrier.n_waiting, barrier.broken)

    second = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    try:
        await second
    except asyncio.BrokenBarrierError as e:
        print("abort:", e)
    print("broken:", barrier.broken, repr(barrier).endswith("[broken]>"))
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on a broken barrier:", e)
    await barrier.reset()
    print("reset again:", barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(conditions())
asyncio.run(barriers())
