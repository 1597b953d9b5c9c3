# A ProcessPoolExecutor's failed call: its exception's cause is concurrent.futures.process's
# _RemoteTraceback, whose text starts at the executor's worker loop; an initializer that raises is
# logged by the worker ("Exception in initializer:"), which ends, and the executor is broken
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def fails(key):
    raise KeyError(key)


def bad_init(word):
    raise RuntimeError("initializer says " + word)


def double(x):
    return 2 * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(fails, "k")
        error = future.exception()
        cause = error.__cause__
        print(type(cause).__module__, type(cause).__qualname__, cause.tb.splitlines()[3].split(", in ")[-1])
        print([line.split(", in ")[-1] for line in traceback.format_exception(error) if ", in " in line])
        print(executor.submit(double, 21).result())
    executor = ProcessPoolExecutor(max_workers=1, initializer=bad_init, initargs=("no",))
    try:
        executor.submit(double, 1).result()
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    try:
        executor.submit(double, 2)
    except BrokenProcessPool as e:
        print("submit:", e)
    executor.shutdown()
    with ProcessPoolExecutor(max_workers=1) as executor:
        executor.submit(fails, 3).result()
