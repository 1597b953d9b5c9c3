# Task names: asyncio.create_task and TaskGroup.create_task name a task after making it, so a named
# task still takes a number from the Task-N counter; the loop's create_task and Task(name=...) do
# not. create_task runs the coroutine in the context it is given. A task asked to cancel shows as
# "cancelling" until it is done.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")


async def job():
    await asyncio.sleep(0)
    return user.get()


async def nap():
    await asyncio.sleep(1)


async def main():
    print(asyncio.current_task().get_name())
    named = asyncio.create_task(job(), name="named")
    print(named.get_name(), asyncio.create_task(job()).get_name())
    loop = asyncio.get_running_loop()
    print(loop.create_task(job(), name="by-loop").get_name(), asyncio.create_task(job()).get_name())
    print(asyncio.Task(job(), name=42).get_name(), asyncio.create_task(job()).get_name())
    async with asyncio.TaskGroup() as tg:
        grouped = tg.create_task(job(), name="grouped")
        print(grouped.get_name(), tg.create_task(job()).get_name())
    ctx = contextvars.copy_context()
    ctx.run(user.set, "alice")
    print(await asyncio.create_task(job(), context=ctx), await asyncio.create_task(job()))

    sleeper = asyncio.create_task(nap(), name="sleeper")
    await asyncio.sleep(0)
    sleeper.cancel()
    print(sleeper)
    await asyncio.gather(sleeper, return_exceptions=True)
    print(sleeper.cancelling(), sleeper)


asyncio.run(main())
