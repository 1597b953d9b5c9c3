# asyncio's Queue, Lock, Event and Semaphore: who waits, who is woken, in which order.
import asyncio


async def producer_consumer():
    queue = asyncio.Queue(maxsize=2)
    seen = []

    async def producer(name, items):
        for item in items:
            await queue.put(f"{name}:{item}")
            print(f"{name} put {item} (size {queue.qsize()})")

    async def consumer(name):
        while True:
            item = await queue.get()
            seen.append((name, item))
            await asyncio.sleep(0)
            queue.task_done()

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    await asyncio.gather(producer("p", range(5)), producer("q", range(3)))
    await queue.join()
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(seen)
    print(queue.empty(), queue.full(), queue.maxsize)
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        queue.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    lq = asyncio.LifoQueue()
    for n in (3, 1, 2):
        pq.put_nowait(n)
        lq.put_nowait(n)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])


async def locking():
    lock = asyncio.Lock()
    shared = []

    async def critical(name):
        async with lock:
            shared.append(f"{name} in")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            shared.append(f"{name} out")

    await asyncio.gather(*(critical(n) for n in "abc"))
    print(shared)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)


async def events():
    event = asyncio.Event()

    async def waiter(name):
        print(name, "waits")
        await event.wait()
        print(name, "woken")
        return name

    tasks = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("set", event.is_set())
    event.set()
    print(await asyncio.gather(*tasks))
    print(await event.wait(), event.is_set())
    event.clear()
    print(event.is_set())


async def semaphores():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    log = []

    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append(f"start {i}")
            for _ in range(i % 2 + 2):
                await asyncio.sleep(0)
            log.append(f"end {i}")
            active -= 1

    await asyncio.gather(*(job(i) for i in range(5)))
    print(peak, log)
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)


asyncio.run(producer_consumer())
asyncio.run(locking())
asyncio.run(events())
asyncio.run(semaphores())
