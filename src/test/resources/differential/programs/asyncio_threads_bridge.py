"""asyncio meets threads: to_thread, executors, semaphores, timeouts."""
import asyncio, threading, time, concurrent.futures as cf

def blocking_io(n):
    time.sleep(0.01)
    return n * 2, threading.current_thread() is not threading.main_thread()

async def limited(sem, i, log):
    async with sem:
        log.append(("start", i))
        await asyncio.sleep(0.001)
        log.append(("end", i))
        return i

async def main():
    print(await asyncio.to_thread(blocking_io, 21))
    loop = asyncio.get_running_loop()
    with cf.ThreadPoolExecutor(3) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, i) for i in range(5)))
    print(results)
    sem = asyncio.Semaphore(2); log = []
    print(await asyncio.gather(*(limited(sem, i, log) for i in range(4))))
    running = 0; peak = 0
    for kind, _ in log:
        running += 1 if kind == "start" else -1
        peak = max(peak, running)
    print("peak concurrency", peak)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, TimeoutError is asyncio.TimeoutError)
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    task = asyncio.create_task(asyncio.sleep(5), name="sleeper")
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.get_name())
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    ev = asyncio.Event()
    def from_thread():
        loop.call_soon_threadsafe(ev.set)
    threading.Thread(target=from_thread).start()
    await ev.wait()
    print("event set from thread")
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, result=r)) for r in "ab"])
    print(sorted(t.result() for t in done), pending)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0, result=1))
    print(t1.result())
    return "finished"

print(asyncio.run(main()))
