# asyncio.Runner and asyncio.run: a runner never used is not closed, each run gets the context
# copied when the loop was made (or the one given), the misuses' errors, a loop factory, and the
# pending tasks, async generators and executor that closing finishes.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default=0)


async def read():
    return var.get()


unused = asyncio.Runner()
unused.close()
print(unused.run(read()))
unused.close()

with asyncio.Runner(debug=False) as runner:
    var.set(5)  # after the runner's context was copied: its runs do not see it
    print(runner.run(read()), runner.get_loop().get_debug())
    print(asyncio.get_event_loop() is runner.get_loop())
    print(runner.run(read(), context=contextvars.copy_context()))
    try:
        runner.run(1)
    except ValueError as e:
        print("ValueError:", e)

    async def nested():
        for start in (runner.run, asyncio.run):
            coro = read()
            try:
                start(coro)
            except RuntimeError as e:
                print("RuntimeError:", e)
            coro.close()
    runner.run(nested())

    async def forever(log):
        try:
            await asyncio.sleep(10)
        finally:
            log.append("cancelled at close")

    async def agen(log):
        try:
            yield 1
            yield 2
        finally:
            log.append("agen closed")

    async def start_work(log):
        asyncio.ensure_future(forever(log))
        gen = agen(log)
        print(await gen.__anext__())
        await asyncio.get_running_loop().run_in_executor(None, log.append, "in executor")
        return gen
    log = []
    gen = runner.run(start_work(log))
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(log))
del gen
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

made = []


def factory():
    made.append(asyncio.new_event_loop())
    return made[-1]


with asyncio.Runner(loop_factory=factory) as runner:
    print(runner.get_loop() is made[0], runner.run(read()))
print(made[0].is_closed())
print(asyncio.run(read(), debug=False))


async def fails():
    raise KeyError("uncaught")
asyncio.run(fails())
