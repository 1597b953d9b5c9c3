# multiprocessing.Pool: callbacks, the async maps, imap, keywords, an initializer, errors.
import multiprocessing
from multiprocessing import Pool
import os

GREETING = None


def setup(greeting):
    global GREETING
    GREETING = greeting


def greet(name, punctuation="."):
    return "%s, %s%s" % (GREETING, name, punctuation)


def square(x):
    return x * x


def power(base, exponent):
    return base ** exponent


def fails(x):
    raise ValueError("bad value %r" % (x,))


if __name__ == "__main__":
    collected = []
    errors = []
    with Pool(2, initializer=setup, initargs=("Hello",)) as pool:
        print(pool.apply(greet, ("pool",), {"punctuation": "!"}))
        results = [pool.apply_async(square, (i,), callback=collected.append) for i in range(4)]
        for r in results:
            r.wait()
        print(sorted(collected), all(r.ready() and r.successful() for r in results))
        bad = pool.apply_async(fails, (7,), error_callback=errors.append)
        bad.wait()
        print(bad.ready(), bad.successful(), [type(e).__name__ + ": " + str(e) for e in errors])
        try:
            bad.get()
        except ValueError as e:
            print("get raised", repr(e), type(e.__cause__).__name__)
        print(pool.map_async(square, range(6)).get(timeout=60))
        print(pool.starmap_async(power, [(2, 3), (3, 2)]).get(timeout=60))
        print(list(pool.imap(square, [3, 1, 2])))
        print(sorted(pool.imap_unordered(abs, [-3, 1, -2])))
        print(pool.apply(os.getpid) != os.getpid())
        try:
            pool.apply(lambda: 1)
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
    pool = Pool(1)
    pool.close()
    try:
        pool.apply_async(square, (1,))
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
    print(repr(multiprocessing.get_start_method()) != "", multiprocessing.cpu_count() >= 1)
