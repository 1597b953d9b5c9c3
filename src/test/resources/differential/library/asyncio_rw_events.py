# asyncio's handles and per-thread loops: reprs (builtin callbacks: CPython adds the source line of
# Python ones), cancelling, TimerHandle's ordering, a callback's error going to the exception
# handler, and get/set/new_event_loop (CPython's default policy) in the main thread and another,
# then left uncaught once to show the traceback's line.
import asyncio
import threading


async def handles():
    loop = asyncio.get_running_loop()
    soon = loop.call_soon(print, "soon", 1)
    print(repr(soon), soon.cancelled())
    dropped = loop.call_soon(print, "never")
    dropped.cancel()
    dropped.cancel()
    print(repr(dropped), dropped.cancelled())
    early = loop.call_at(5.0, len, "ab")
    late = loop.call_at(7.5, len, "")
    twin = loop.call_at(5.0, len, "ab")
    print(repr(early), repr(late), early.when())
    print(early < late, early <= twin, late > early, late >= late, early == twin, early != late)
    print(hash(early) == hash(5.0), early == 5, sorted([late, early])[0] is early)
    for op in ("<", "<=", ">", ">="):
        try:
            eval(f"early {op} 3")
        except TypeError as e:
            print("TypeError:", e)
    late.cancel()
    again = loop.call_at(7.5, len, "")
    print(repr(late), early == twin, late == again)
    # the times are long past: the handles would run at the next turn
    for handle in (early, twin, again):
        handle.cancel()
    await asyncio.sleep(0)


async def failing_callback():
    loop = asyncio.get_running_loop()
    loop.call_soon(int, "x")
    await asyncio.sleep(0)
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((lp is loop, ctx["message"], repr(ctx["handle"]))))
    loop.call_soon(int, "y")
    await asyncio.sleep(0)
    loop.set_exception_handler(None)  # the handler refers to the loop: no cycle left behind
    print(seen)
    print(asyncio.get_event_loop() is loop, asyncio.get_running_loop() is loop)


def loops():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    made = asyncio.get_event_loop()  # the main thread's first: made on demand
    print(type(made).__name__, asyncio.get_event_loop() is made, made.is_running())
    made.close()
    print(asyncio.get_event_loop() is made)  # closed, it stays current
    asyncio.set_event_loop(None)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    mine = asyncio.new_event_loop()
    asyncio.set_event_loop(mine)
    print(asyncio.get_event_loop() is mine)
    mine.close()

    def in_thread():
        try:
            asyncio.get_event_loop()
        except RuntimeError as e:
            print("RuntimeError:", e)
        other = asyncio.new_event_loop()
        asyncio.set_event_loop(other)
        print(asyncio.get_event_loop() is other)
        other.close()
    thread = threading.Thread(target=in_thread, name="worker")
    thread.start()
    thread.join()


loops()
asyncio.run(handles())
asyncio.run(failing_callback())
asyncio.run(asyncio.sleep(0))
try:
    asyncio.get_event_loop()  # asyncio.run leaves no current loop
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.get_event_loop()
