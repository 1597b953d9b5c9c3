# Running a loop that is closed, or already running, or while another runs in the thread: the
# RuntimeError's traceback shows the same check lines as CPython's base_events.
import asyncio
import traceback


async def main():
    await asyncio.sleep(0)
    return asyncio.get_running_loop()


async def nested():
    loop = asyncio.get_running_loop()
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError:
        traceback.print_exc()
    coro.close()
    other = asyncio.new_event_loop()
    try:
        other.run_forever()
    except RuntimeError:
        traceback.print_exc()
    other.close()


loop = asyncio.run(main())
print("closed:", loop.is_closed())
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError:
    traceback.print_exc()
coro.close()
asyncio.run(nested())
