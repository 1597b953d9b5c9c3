# gather without return_exceptions ends with its first failure; children failing after that are
# taken as retrieved by gather, so nothing logs 'Task exception was never retrieved' for them.
import asyncio
async def fail(n, d):
    await asyncio.sleep(d)
    raise ValueError(n)
async def main():
    try:
        await asyncio.gather(fail(1, 0.001), fail(2, 0.005), fail(3, 0.006))
    except ValueError as e:
        print("first:", e)
    await asyncio.sleep(0.02)
    print("end main")
asyncio.run(main())
import gc; gc.collect()
print("end")
