# How asyncio shows callbacks (CPython's format_helpers): a plain function (or a partial of one) with
# " at FILE:LINE" where it was defined, bound methods and builtins without; a future's cb=[...] lists
# two callbacks, or the first, "<N more>" and the last; a task waits through Task.task_wakeup; a task's
# coroutine shows the line it is suspended at; a long result is cut short with reprlib.
import asyncio
import functools


def on_done(fut, tag=None):
    pass


class Listener:
    def notify(self, fut):
        pass


def failing(x):
    return 1 / x


async def waits_for(fut):
    value = 0
    await fut
    return list(range(100))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waits_for(fut), name="waiter")
    print(task)
    await asyncio.sleep(0)
    print(fut)
    print(task)
    fut.add_done_callback(on_done)
    print(fut)
    fut.add_done_callback(functools.partial(on_done, tag=1))
    fut.add_done_callback(Listener().notify)
    print(fut)
    print(loop.call_soon(functools.partial(on_done, 1, tag=2), 3))
    print(loop.call_soon(print, "printed"))
    print(loop.call_soon(fut.set_result, 1))
    loop.call_soon(failing, 0)
    await task
    print(task)


asyncio.run(main())
