# asyncio.wrap_future accepts an asyncio future as it is and asserts that anything else is a
# concurrent.futures.Future (the AssertionError and its traceback lines as CPython's).
import asyncio
async def main():
    for bad in (5, None):
        try:
            asyncio.wrap_future(bad)
        except AssertionError as e:
            print("AssertionError:", e)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.wrap_future(fut) is fut)
    asyncio.wrap_future("not a future")
asyncio.run(main())
