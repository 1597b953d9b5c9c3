# asyncio.TaskGroup's states and misuses, the block's own error joining the group's, a cancellation
# from outside, a task run in a given context, and last a task's SystemExit leaving the group alone
# (as in CPython, it also stops the loop once the program's last task ends: exit status 1).
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def fail(n, exc=ValueError):
    await asyncio.sleep(0.001 * n)
    raise exc(f"task {n}")


async def states():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(tg))


async def body_error():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(2, KeyError))
            raise TypeError("body")
    except* Exception as group:
        print(type(group).__name__, group.message, sorted(repr(e) for e in group.exceptions))


async def shutting_down():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0))

    async def late():
        await asyncio.sleep(0.01)
        coro = asyncio.sleep(0)
        try:
            tg2.create_task(coro)
        except RuntimeError as e:
            print("RuntimeError:", str(e).endswith("is shutting down"))
        coro.close()

    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(fail(0))
            tg2.create_task(late())
            await asyncio.sleep(1)
    except* ValueError as group:
        print("errors", [str(e) for e in group.exceptions], repr(tg2))


async def cancelled_from_outside():
    started = asyncio.Event()
    inner = []

    async def child():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            inner.append("child cancelled")
            raise

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            started.set()
    task = asyncio.ensure_future(parent())
    await started.wait()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("parent cancelled", inner, task.cancelling())


async def base_error():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, SystemExit))
            tg.create_task(fail(1))
    except SystemExit as e:
        print("SystemExit", e)


async def context():
    ctx = contextvars.copy_context()
    ctx.run(var.set, "given")

    async def show():
        print("var is", var.get())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(show(), context=ctx)
        tg.create_task(show(), name="plain")


async def main():
    await states()
    await body_error()
    await shutting_down()
    await cancelled_from_outside()
    await context()
    await base_error()


asyncio.run(main())
