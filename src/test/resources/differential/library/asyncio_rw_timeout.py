# asyncio.timeout's states and reprs, reschedule() before, during and after the block, deadlines
# already past, entering twice, and entering outside a task.
import asyncio
async def main():
    t = asyncio.timeout(None); print(repr(t), t.when(), t.expired())
    try: t.reschedule(1)
    except RuntimeError as e: print(e)
    async with t:
        print(repr(t))
        t.reschedule(asyncio.get_running_loop().time() + 100)
        print(repr(t).startswith("<Timeout [active when="))
        t.reschedule(None); print(repr(t))
    print(repr(t), t.expired())
    try: t.reschedule(1)
    except RuntimeError as e: print(e)
    try:
        async with asyncio.timeout(0) as t2:
            await asyncio.sleep(1)
    except TimeoutError as e: print("timeout", repr(t2), t2.expired(), type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(-1) as t3:
            await asyncio.sleep(0)
    except TimeoutError: print("past", repr(t3))
    async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1) as t4:
        pass
    print(repr(t4), t4.expired())
    t5 = asyncio.timeout(10)
    try:
        await t5.__aenter__()  # outside? still in task
        await t5.__aenter__()
    except RuntimeError as e: print(e)
    await t5.__aexit__(None, None, None)
asyncio.run(main())
t = asyncio.timeout_at(3)
async def bare():
    try:
        async with t: pass
    except RuntimeError as e: print(e)
loop = asyncio.new_event_loop()
coro = bare()
try: coro.send(None)
except StopIteration: pass
except RuntimeError as e: print("RE", e)
loop.close()
