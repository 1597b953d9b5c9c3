# A loop's exception handler must be callable or None (TypeError otherwise, the old handler kept);
# None brings back the default handler, which logs the message and the context's other keys.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda loop, context: seen.append(context["message"]))
    for bad in (5, "handler"):
        try:
            loop.set_exception_handler(bad)
        except TypeError as e:
            print(e)
    loop.call_exception_handler({"message": "kept the old handler"})
    print(seen)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default handler", "exception": OSError("disk"), "extra": 42})


asyncio.run(main())
