# A task still pending when nothing holds it any more (its loop closed with the task waiting) is
# logged when freed: "Task was destroyed but it is pending!". asyncio.run cancels what is left
# instead, and a task run_until_complete made itself is not logged.
import asyncio
import gc


async def forgotten():
    await asyncio.sleep(1)


async def starter(loop):
    loop.create_task(forgotten(), name="forgotten")
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
loop.run_until_complete(starter(loop))
loop.close()
print("loop closed")
gc.collect()
print("collected")

loop = asyncio.new_event_loop()
loop.call_later(0.001, loop.stop)
try:
    loop.run_until_complete(forgotten())
except RuntimeError as e:
    print(e)
loop.close()
gc.collect()
print("done")
