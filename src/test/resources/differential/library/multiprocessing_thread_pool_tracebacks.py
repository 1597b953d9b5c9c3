# A call that fails in a ThreadPool's worker thread: the exception the caller gets keeps the worker's
# frames (pool.py's worker, then mapstar/starmapstar for map and starmap), as CPython's does: a thread
# pool sends no RemoteTraceback, the exception itself comes back with its traceback
import sys
import traceback
from multiprocessing.pool import ThreadPool


def inner(x):
    raise ValueError("bad %d" % x)


def work(x):
    return inner(x)


def add(a, b):
    return a + b


def show(call):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, e.__cause__, e.__context__)
        traceback.print_exc(file=sys.stdout)


if __name__ == "__main__":
    with ThreadPool(2) as pool:
        show(lambda: pool.apply_async(work, (3,)).get())
        show(lambda: pool.apply(work, (4,)))
        show(lambda: pool.map(work, [1, 2]))
        show(lambda: pool.starmap(add, [(1, 2), (1, "x")]))
        show(lambda: next(pool.imap(work, [5])))
        result = pool.map_async(work, [6], error_callback=lambda e: print("error callback:", e))
        result.wait()
        print(result.ready(), result.successful())
        show(result.get)
        print(pool.map(abs, [-1, -2, 3]), pool.starmap(add, zip([1, 2], [10, 20])))
