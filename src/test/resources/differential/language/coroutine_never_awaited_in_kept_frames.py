# A coroutine never awaited is reported when the last reference to it goes: from a frame that raised,
# when the traceback that keeps the frame's locals goes (the end of the except block, or del and
# gc.collect() for an exception kept past it), not when the frame raised.
import gc
import sys

sys.stderr = sys.stdout  # the warnings' place among the prints is what is compared


async def coro():
    pass


def raises_holding_one():
    pending = coro()
    raise ValueError("x")


try:
    raises_holding_one()
except ValueError:
    print("handling")
print("after the except block")


def returns_holding_one():
    pending = coro()
    return 1


returns_holding_one()
print("after the call")


def keeps_its_exception():
    pending = coro()
    try:
        raise KeyError
    except KeyError as e:
        err = e
    return err


kept = keeps_its_exception()
print("exception kept")
del kept
gc.collect()
print("collected")
