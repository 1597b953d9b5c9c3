# Task.get_stack and print_stack: a suspended task shows the one frame its coroutine waits in, a
# failed one the frames of its traceback (limit keeps the newest of a stack, the oldest of a
# traceback), a cancelled one none; the heading goes to stdout, the frames to stderr, as in CPython.
import asyncio, io

async def deep(n):
    if n == 0:
        await asyncio.sleep(1)
    else:
        await deep(n - 1)

async def fails(n):
    await asyncio.sleep(0)
    if n:
        await fails(n - 1)
    raise ValueError("deep failure")

async def main():
    t = asyncio.create_task(deep(3), name="deep")
    print(t.get_stack())
    t.print_stack()
    await asyncio.sleep(0)
    print(len(t.get_stack()), [f.f_code.co_name for f in t.get_stack(limit=1)], t.get_stack(limit=0))
    t.print_stack()
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace("\n", "|"))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.get_stack())
    t.print_stack()
    f = asyncio.create_task(fails(2), name="fails")
    await asyncio.gather(f, return_exceptions=True)
    print([fr.f_code.co_name for fr in f.get_stack()], [fr.f_code.co_name for fr in f.get_stack(limit=2)])
    f.print_stack()
    f.print_stack(limit=1)

asyncio.run(main())
