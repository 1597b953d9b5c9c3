# A task or future whose exception nobody retrieved is logged when it is freed: "Task exception was
# never retrieved" / "Future exception was never retrieved" with the future's repr and the traceback,
# through the loop's exception handler (a custom one gets the context) and the 'asyncio' logger.
import asyncio
import logging


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"lost {n}")


async def main():
    task = asyncio.create_task(fails(1))
    await asyncio.sleep(0.01)
    del task
    print("task dropped")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    del fut
    print("future dropped")
    seen = asyncio.create_task(fails(2))
    await asyncio.sleep(0.01)
    print("retrieved:", repr(seen.exception()))
    del seen
    print("nothing logged for a retrieved one")


asyncio.run(main())


def handler(loop, context):
    print("handler got:", context["message"], repr(context["exception"]), type(context["future"]).__name__)


async def custom():
    asyncio.get_running_loop().set_exception_handler(handler)
    task = asyncio.create_task(fails(3))
    await asyncio.sleep(0.01)
    del task


asyncio.run(custom())

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")


async def logged():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(OSError("disk"))


asyncio.run(logged())
print("done")
