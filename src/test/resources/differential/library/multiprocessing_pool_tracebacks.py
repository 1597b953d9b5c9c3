# A call that fails in a pool's worker: the traceback the parent prints has CPython's frames, the
# worker's mapstar/starmapstar for map and starmap (which run chunks of the items), get's "raise
# self._value" and imap's next(); chunking does not change the results or their order
import multiprocessing as mp
import multiprocessing.pool
import time
import traceback


def tenth(x):
    return 10 // x


def pair(a, b):
    return a - b


def late(x):
    time.sleep(x)
    return x


def frames(call):
    try:
        call()
    except ZeroDivisionError as e:
        lines = traceback.format_exception(e)
        print(type(e.__cause__).__name__, [line.split(", in ")[-1].split("\n")[0]
                                           for line in lines if line.startswith("  File")])


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(tenth, range(1, 12)), pool.map(tenth, [], chunksize=3), pool.map(tenth, [5, 2], 1))
        print(pool.starmap(pair, [(5, 1), (1, 5)] * 5, chunksize=4), list(pool.imap(tenth, [1, 2, 5])))
        got = []
        pool.map_async(tenth, range(1, 6), chunksize=2, callback=got.append).wait()
        print(got, sorted(pool.imap_unordered(tenth, [1, 2])))
        frames(lambda: pool.map(tenth, [1, 0, 2]))
        frames(lambda: pool.starmap(divmod, [(1, 0)]))
        frames(lambda: pool.map_async(tenth, [0]).get())
        frames(lambda: pool.apply(tenth, (0,)))
        frames(lambda: list(pool.imap(tenth, [2, 0])))
        frames(lambda: next(pool.imap_unordered(tenth, [0])))
        results = pool.imap(late, [1])
        try:
            results.next(timeout=0.01)
        except mp.TimeoutError:
            print("imap next timed out", type(results).__name__)
        print(results.next(), list(results))
    with multiprocessing.pool.ThreadPool(2) as pool:
        print(pool.map(tenth, range(1, 6), chunksize=2), pool.starmap(pair, [(3, 1)]))
    with mp.Pool(2) as pool:
        pool.map(tenth, [4, 0, 1])
