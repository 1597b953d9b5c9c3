# asyncio.timeout's states and reprs, reschedule() before, during and after the block, deadlines
# already past, entering twice, and entering outside a running loop.
import asyncio


def attempt(call):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    attempt(lambda: t.reschedule(1))
    async with t:
        print(repr(t))
        t.reschedule(loop.time() + 100)
        print(repr(t).startswith("<Timeout [active] when="))
        t.reschedule(None)
        print(repr(t))
    print(repr(t), t.expired())
    attempt(lambda: t.reschedule(1))
    try:
        async with asyncio.timeout(0) as t2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", repr(t2), t2.expired(), type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(-1) as t3:
            await asyncio.sleep(0)
    except TimeoutError:
        print("past", repr(t3))
    async with asyncio.timeout_at(loop.time() - 1) as t4:
        pass  # no await: the block ends before the alarm goes off
    print(repr(t4), t4.expired())
    async with asyncio.timeout_at(12.34567) as t5:
        print(repr(t5))
        t5.reschedule(None)
    t6 = asyncio.timeout(10)
    await t6.__aenter__()
    try:
        await t6.__aenter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await t6.__aexit__(None, None, None)

asyncio.run(main())


async def outside_a_loop():
    async with asyncio.timeout_at(3):
        pass

coro = outside_a_loop()
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
