# asyncio's locks when waiters are cancelled: a lock or semaphore unit handed to a task cancelled
# before it ran goes on to the next, a Condition.wait cancelled takes the lock back first; the
# reprs with waiters, notify(n), and the misuses' errors.
import asyncio


def state(primitive):
    return repr(primitive).split(" [")[1]


async def hold(primitive, name, log, pause=0):
    async with primitive:
        log.append(name)
        await asyncio.sleep(pause)


async def lock_handover():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    first = asyncio.ensure_future(hold(lock, "first", log))
    second = asyncio.ensure_future(hold(lock, "second", log))
    await asyncio.sleep(0)
    print("lock", state(lock))
    lock.release()
    first.cancel()
    await asyncio.gather(first, second, return_exceptions=True)
    print(log, first.cancelled(), state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def semaphore_handover():
    sem = asyncio.Semaphore(0)
    log = []
    waiters = [asyncio.ensure_future(hold(sem, name, log)) for name in "abc"]
    await asyncio.sleep(0)
    print("semaphore", state(sem), sem.locked())
    sem.release()
    sem.release()
    waiters[0].cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    print(log, state(sem))
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


async def conditions():
    cond = asyncio.Condition()
    woken = []

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
                woken.append(name)
            except asyncio.CancelledError:
                woken.append(f"{name} cancelled, lock held: {cond.locked()}")
                raise
    tasks = [asyncio.ensure_future(waiter(n)) for n in range(4)]
    await asyncio.sleep(0)
    print("condition", state(cond))
    async with cond:
        cond.notify(2)
        tasks[3].cancel()
    await asyncio.sleep(0.01)
    print(woken, state(cond))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(woken)
    for misuse in (cond.notify, cond.wait):
        try:
            result = misuse()
            if result is not None:
                await result
        except RuntimeError as e:
            print("RuntimeError:", e)
    shared = asyncio.Lock()
    print(asyncio.Condition(shared).locked is not None, state(asyncio.Condition(shared)))
    items = []

    async def consume():
        async with cond:
            return await cond.wait_for(lambda: len(items) >= 2 and list(items))

    consumer = asyncio.ensure_future(consume())
    for i in range(2):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify()
    print(await consumer)


async def events():
    event = asyncio.Event()
    waiters = [asyncio.ensure_future(event.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print("event", state(event))
    waiters[0].cancel()
    await asyncio.sleep(0)
    print(state(event))
    event.set()
    event.set()
    print(await waiters[1], state(event))
    event.clear()
    print(state(event), event.is_set())


async def main():
    await lock_handover()
    await semaphore_handover()
    await conditions()
    await events()


asyncio.run(main())
