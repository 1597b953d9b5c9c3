# wait_for's TimeoutError, uncaught: raised from the CancelledError of the cancelled sleep, as in CPython.
import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(0.001, "quick"), 5)
    finally:
        print("first wait_for returned in time")
    await asyncio.wait_for(asyncio.sleep(1), 0.01)


asyncio.run(main())
