# Future and Task misuse gives the messages of CPython's C Future: "Result is not set." before a
# result, "invalid state" once done, "invalid exception object" for a non-exception.
import asyncio


def attempt(label, action):
    try:
        action()
    except Exception as e:
        print(f"{label}: {e!r}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("result", fut.result)
    attempt("exception", fut.exception)
    attempt("set_exception(5)", lambda: fut.set_exception(5))
    attempt("set_exception(int)", lambda: fut.set_exception(int))
    attempt("set_exception(StopIteration)", lambda: fut.set_exception(StopIteration))
    fut.set_result(1)
    attempt("set_result again", lambda: fut.set_result(2))
    attempt("set_exception after", lambda: fut.set_exception(ValueError("late")))
    cancelled = loop.create_future()
    cancelled.cancel()
    attempt("set_result on cancelled", lambda: cancelled.set_result(1))
    fut = loop.create_future()
    fut.set_exception(KeyError)
    attempt("exception class", lambda: print(repr(fut.exception())))
    task = asyncio.create_task(asyncio.sleep(0))
    attempt("task result", task.result)
    attempt("task set_result", lambda: task.set_result(1))
    await task


asyncio.run(main())
