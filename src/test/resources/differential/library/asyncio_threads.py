# asyncio with real threads: to_thread and run_in_executor run CPU-bound and blocking functions in the
# default executor's threads (contending for the GIL) while the loop's tasks go on.
import asyncio
import concurrent.futures
import threading
import time
import traceback


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


def blocking_io(label, delay):
    time.sleep(delay)
    return f"{label} slept"


def broken(value):
    return int(value)


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        beats += 1
        await asyncio.sleep(0.005)
    return beats


async def main():
    main_thread = threading.get_ident()
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    results = await asyncio.gather(
        asyncio.to_thread(count, 200_000),
        asyncio.to_thread(count, 100_000),
        asyncio.to_thread(blocking_io, "io", 0.05),
        asyncio.sleep(0.01, "the loop kept going"),
    )
    stop.set()
    print(results)
    print("heartbeat ran:", await beat > 0)
    print("another thread:", await asyncio.to_thread(threading.get_ident) != main_thread)
    print(await asyncio.to_thread(lambda: threading.current_thread().name.startswith("asyncio_")))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, count, 10))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, count, n) for n in (5, 6))))
    try:
        await asyncio.to_thread(broken, "x")
    except ValueError:
        traceback.print_exc()


asyncio.run(main())
print("threads after run:", threading.active_count())
