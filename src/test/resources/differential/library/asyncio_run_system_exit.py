# SystemExit or KeyboardInterrupt raised by asyncio.run's coroutine stops the loop and leaves
# asyncio.run, the task's exception retrieved on the way: nothing is logged as never retrieved.
import asyncio
import sys


async def interrupted():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


async def main(code):
    await asyncio.sleep(0)
    print("main exits with", code)
    sys.exit(code)


try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print("KeyboardInterrupt left asyncio.run")
asyncio.run(main(3))
