# asyncio.timeout: expiry cancels the block and becomes TimeoutError (uncaught at the end, to print
# CPython's chained traceback); reschedule, expired, when and the repr.
import asyncio
async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), cm.when() is not None)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await asyncio.sleep(0)
    print(cm.expired())
    print(repr(asyncio.timeout(None)))
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)
asyncio.run(main())
