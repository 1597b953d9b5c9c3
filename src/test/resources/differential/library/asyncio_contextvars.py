# asyncio and contextvars: each task runs in a copy of its creator's context; callbacks and to_thread too
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="-")


async def handler(n):
    request.set(f"req-{n}")
    await asyncio.sleep(0)
    inner = await asyncio.create_task(child())
    seen_in_thread = await asyncio.to_thread(request.get)
    return request.get(), inner, seen_in_thread


async def child():
    await asyncio.sleep(0)
    return "child sees " + request.get()


async def main():
    request.set("main")
    print(await asyncio.gather(*(handler(n) for n in range(3))))
    print("main still", request.get())
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(request.get()))
    ctx = contextvars.Context()
    loop.call_soon(lambda: seen.append(request.get()), context=ctx)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: seen.append("cb " + request.get()))
    request.set("later")
    fut.set_result(1)
    await asyncio.sleep(0)
    print(seen)
    ctx2 = contextvars.copy_context()
    task = asyncio.create_task(child(), context=ctx2)
    print(await task, ctx2[request])


asyncio.run(main())
print("outside", request.get())
