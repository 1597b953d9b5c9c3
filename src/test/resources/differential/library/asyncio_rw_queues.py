# asyncio's queues: what repr and str show, waiters cancelled before and after their turn, the
# three orders, task_done's misuse and subscripting the classes.
import asyncio


async def cancelled_getters():
    q = asyncio.Queue()
    first = asyncio.ensure_future(q.get())
    second = asyncio.ensure_future(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("a")       # the first getter is given its turn...
    first.cancel()          # ...and cancelled before it runs: the turn goes to the second
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(first.cancelled(), second.done() and second.result())
    print(str(q))
    waiting = asyncio.ensure_future(q.get())
    await asyncio.sleep(0)
    waiting.cancel()        # cancelled while waiting: it simply leaves the line
    await asyncio.sleep(0)
    print(waiting.cancelled(), str(q))


async def cancelled_putters():
    q = asyncio.Queue(1)
    q.put_nowait(1)
    first = asyncio.ensure_future(q.put(2))
    second = asyncio.ensure_future(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait())   # a free place for the first putter...
    first.cancel()          # ...which, cancelled, hands it to the second
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(first.cancelled(), second.done(), str(q))
    try:
        q.put_nowait(4)
    except asyncio.QueueFull:
        print("QueueFull")


async def orders():
    for cls in (asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue):
        q = cls()
        for item in (3, 1, 2):
            await q.put(item)
        print(cls.__name__, q.qsize(), q.full(), str(q), [q.get_nowait() for _ in range(3)])
        print(repr(q).startswith(f"<{cls.__name__} at 0x"), repr(q).endswith("maxsize=0 tasks=3>"))
        for _ in range(3):
            q.task_done()
        await q.join()
        try:
            q.task_done()
        except ValueError as e:
            print("ValueError:", e)
    print(asyncio.Queue[int], asyncio.PriorityQueue[str])
    print(asyncio.Queue(-1).full(), asyncio.Queue(maxsize=2).maxsize)


async def joined():
    q = asyncio.LifoQueue()
    done = []

    async def worker():
        while True:
            item = await q.get()
            done.append(item)
            q.task_done()

    w = asyncio.ensure_future(worker())
    for i in range(4):
        q.put_nowait(i)
    await q.join()
    print("joined", done)
    w.cancel()
    await asyncio.sleep(0)
    print(str(q))


async def main():
    await cancelled_getters()
    await cancelled_putters()
    await orders()
    await joined()


asyncio.run(main())
