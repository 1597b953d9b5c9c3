# The event loop's own API: timers in order and many cancelled, stop() before run_forever,
# run_until_complete stopped early, the misuses' errors, executors after shutdown, and errors
# in async generators closed at shutdown going to the exception handler.
import asyncio

loop = asyncio.new_event_loop()
print(repr(loop))
order = []
for delay in (0.03, 0.01, 0.02):
    loop.call_later(delay, order.append, delay)
dropped = [loop.call_later(0.001, order.append, "cancelled") for _ in range(150)]
for handle in dropped:
    handle.cancel()
loop.call_soon(order.append, "soon")
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(order)

loop.stop()
loop.call_soon(order.append, "one turn")
loop.run_forever()  # stop() before: exactly one turn
print(order[-1])

for bad in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


async def stopper():
    loop.stop()
    await asyncio.sleep(1)

try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)


async def misuse():
    pending = asyncio.sleep(0)
    for call in (loop.run_forever, lambda: loop.run_until_complete(pending), loop.close):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
    pending.close()
    print(repr(loop))
    loop.set_debug(True)  # coroutines are refused in debug mode only
    for func in (pending, misuse):
        try:
            loop.run_in_executor(None, func)
        except TypeError as e:
            print("TypeError:", e)
    loop.set_debug(False)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, sum, [])
    except RuntimeError as e:
        print("RuntimeError:", e)

coro = misuse()
loop.run_until_complete(coro)
for task in asyncio.all_tasks(loop):
    task.cancel()
loop.run_until_complete(asyncio.sleep(0))


async def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


async def start_gen():
    gen = stubborn()
    await gen.__anext__()
    return gen

seen = []
loop.set_exception_handler(lambda lp, context: seen.append((context["message"].split(" <")[0], context["exception"])))
gen = loop.run_until_complete(start_gen())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.set_exception_handler(None)
print(seen)
del gen
loop.close()
loop.close()
print(repr(loop))
pending = asyncio.sleep(0)
for call in (lambda: loop.call_soon(print), lambda: loop.run_forever(), lambda: loop.create_task(pending)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
pending.close()
