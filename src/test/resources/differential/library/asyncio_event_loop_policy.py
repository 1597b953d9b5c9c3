# The event loop policy: get_event_loop_policy() gives the default one (one current loop per thread,
# made on first use only in the main thread); a subclass set with set_event_loop_policy decides what
# new_event_loop() and asyncio.run make; bad policies and loops are refused with TypeError.
import asyncio
import threading


class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    made = 0

    def new_event_loop(self):
        CountingPolicy.made += 1
        return super().new_event_loop()


async def which_loop():
    await asyncio.sleep(0)
    return type(asyncio.get_running_loop()).__name__


policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, asyncio.DefaultEventLoopPolicy.__name__)
print(isinstance(policy, asyncio.AbstractEventLoopPolicy), policy is asyncio.get_event_loop_policy())
loop = asyncio.get_event_loop()
print(loop is policy.get_event_loop(), loop.is_closed())
loop.close()


def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("thread:", e)
    own = asyncio.new_event_loop()
    asyncio.set_event_loop(own)
    print("thread loop current:", asyncio.get_event_loop() is own)
    print("thread ran:", own.run_until_complete(which_loop()))
    own.close()


worker = threading.Thread(target=in_thread, name="Worker-1")
worker.start()
worker.join()

asyncio.set_event_loop_policy(CountingPolicy())
print(asyncio.run(which_loop()), CountingPolicy.made)
fresh = asyncio.new_event_loop()
print(CountingPolicy.made)
fresh.close()
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)

for bad in (5, "policy"):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print(e)
try:
    asyncio.set_event_loop(object())
except TypeError as e:
    print(e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.AbstractEventLoopPolicy().get_event_loop()
except NotImplementedError:
    print("abstract policy: NotImplementedError")
