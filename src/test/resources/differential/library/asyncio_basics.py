# asyncio's core: run, sleep(0) interleavings, tasks, gather (and return_exceptions), cancellation,
# wait_for and its TimeoutError, wait, shield, loop callbacks. Orders printed are the ones CPython fixes.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(f"{name} tick {i}")
        await asyncio.sleep(0)
    return f"{name} done"


async def fails(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def slow(delay, value):
    await asyncio.sleep(delay)
    return value


async def basics():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__ in ("_UnixSelectorEventLoop", "SelectorEventLoop"), loop.is_running())
    start = loop.time()
    task = asyncio.create_task(ticker("a", 3), name="ticker-a")
    print(task.get_name(), task.done())
    print(await ticker("b", 2))
    print(await task, task.done(), task.result())
    print(await asyncio.gather(ticker("x", 2), ticker("y", 3), slow(0.02, "slow")))
    results = await asyncio.gather(fails("one"), slow(0, 5), fails("two"), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(slow(0.01, 1), fails("first"))
    except ValueError as e:
        print("gather raised", e)
    print(loop.time() >= start)
    print(await asyncio.gather())


async def cancelling():
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise
        finally:
            print("sleeper cleans up")

    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print(task.cancelled(), task.done(), task.cancel())
    try:
        task.result()
    except asyncio.CancelledError:
        print("result() raises too")

    early = asyncio.create_task(ticker("never", 1))
    early.cancel("too soon")
    try:
        await early
    except asyncio.CancelledError as e:
        print("cancelled before it ran:", e.args)

    try:
        await asyncio.wait_for(slow(10, "late"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, type(e.__cause__).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0, "in time"), timeout=5))
    print(await asyncio.wait_for(slow(0, "no timeout"), None))

    shielded = asyncio.create_task(slow(0.01, "shielded"))
    outer = asyncio.shield(shielded)
    outer.cancel()
    print(await shielded, outer.cancelled())

    tasks = [asyncio.create_task(slow(d, d)) for d in (0.03, 0.0, 0.01)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))


async def callbacks():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    loop.call_later(0.02, order.append, "later")
    loop.call_soon(order.append, "soon 1")
    loop.call_soon(order.append, "soon 2")
    handle = loop.call_soon(order.append, "cancelled")
    handle.cancel()
    loop.call_later(0.03, fut.set_result, "future set")
    fut.add_done_callback(lambda f: order.append("done callback"))
    print(await fut)
    await asyncio.sleep(0)
    print(order)
    print(asyncio.current_task().get_name().startswith("Task-"))
    print(asyncio.iscoroutinefunction(callbacks), asyncio.iscoroutine(fut), asyncio.isfuture(fut))


def outside():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print(e)


outside()
asyncio.run(basics())
asyncio.run(cancelling())
asyncio.run(callbacks())
print(asyncio.run(slow(0, "returned by run")))
try:
    asyncio.run(ticker)
except ValueError as e:
    print(str(e).startswith("a coroutine was expected"))
