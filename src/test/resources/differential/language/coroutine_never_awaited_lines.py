# The 'coroutine ... was never awaited' warning names the line that dropped the coroutine: a
# forgotten await, a rebinding, a del, a call in a thread.
import asyncio
import threading


async def work(n):
    await asyncio.sleep(0.001)
    return n


async def main():
    for i in range(2):
        asyncio.sleep(0.001)  # forgot await
    print("loop done")
    results = [work(i) for i in range(2)]  # forgot gather
    print(len(results), type(results[0]).__name__)
    del results
    print("after del")
    pending = work(5)
    print("made one")
    pending = None
    print("dropped it")
    await asyncio.sleep(0)


def in_thread():
    work(7)
    print("thread done")


asyncio.run(main())
worker = threading.Thread(target=in_thread)
worker.start()
worker.join()
