# A loop runs in its own thread; other threads hand it coroutines with run_coroutine_threadsafe and
# wait on the concurrent.futures.Future it returns: results, exceptions, timeouts and cancellation.
import asyncio
import concurrent.futures
import threading

loop = asyncio.new_event_loop()
loop_thread = threading.Thread(target=loop.run_forever, name="loop")
loop_thread.start()


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def fail():
    raise KeyError("missing")


async def forever(started):
    started.set()
    await asyncio.sleep(3600)


futures = [asyncio.run_coroutine_threadsafe(square(i), loop) for i in range(5)]
print([f.result(timeout=10) for f in futures])
print(type(futures[0]).__name__, futures[0].done())

try:
    asyncio.run_coroutine_threadsafe(fail(), loop).result(timeout=10)
except KeyError as e:
    print("KeyError", e)

started = threading.Event()
sleeper = asyncio.run_coroutine_threadsafe(forever(started), loop)
started.wait()
try:
    sleeper.result(timeout=0.01)
except concurrent.futures.TimeoutError:
    print("timed out, still running:", not sleeper.done())
print("cancelled:", sleeper.cancel(), sleeper.cancelled())

results = []


def client(n):
    results.append(asyncio.run_coroutine_threadsafe(square(n), loop).result(timeout=10))


clients = [threading.Thread(target=client, args=(n,)) for n in range(4)]
for c in clients:
    c.start()
for c in clients:
    c.join()
print(sorted(results))

try:
    asyncio.run_coroutine_threadsafe(square, loop)
except TypeError as e:
    print("TypeError", e)

loop.call_soon_threadsafe(loop.stop)
loop_thread.join()
loop.close()
