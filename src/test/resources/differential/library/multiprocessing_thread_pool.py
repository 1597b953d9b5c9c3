# multiprocessing.pool.ThreadPool and multiprocessing.dummy: Pool's API over threads.
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DummyPool
import multiprocessing.dummy as dummy
import threading

seen = []


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    raise ValueError("bad %d" % x)


def remember(x):
    seen.append(threading.current_thread() is not threading.main_thread())
    return x


if __name__ == "__main__":
    with ThreadPool(2) as pool:
        print(pool)
        print(pool.map(square, range(6)), pool.starmap(add, [(1, 2), (3, 4)]), pool.apply(add, (5, 6)))
        print(list(pool.imap(square, [3, 1, 2])), sorted(pool.imap_unordered(square, [3, 1, 2])))
        got = []
        r = pool.apply_async(square, (7,), callback=got.append)
        r.wait()
        print(r.get(), r.ready(), r.successful(), got)
        errors = []
        r = pool.apply_async(fail, (1,), error_callback=errors.append)
        try:
            r.get(10)
        except ValueError as e:
            print("ValueError:", e, errors, r.successful())
        mr = pool.map_async(square, [1, 2, 3], callback=got.append)
        print(mr.get(), got)
        print(pool.starmap_async(add, [(1, 1)]).get(), pool.map(remember, [1, 2]), seen)
        try:
            pool.map(fail, [2, 3])
        except ValueError as e:
            print("ValueError:", e)

    inits = []
    pool = ThreadPool(2, initializer=inits.append, initargs=("init",))
    print(pool.map(square, [4]))
    pool.close()
    pool.join()
    print(inits)
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print("ValueError:", e)
    try:
        ThreadPool(0)
    except ValueError as e:
        print("ValueError:", e)

    with DummyPool(2) as pool:
        print(pool.map(square, [1, 2]), type(pool).__name__)
    q = dummy.Queue()
    p = dummy.Process(target=q.put, args=("from a thread",))
    print(p.exitcode)
    p.start()
    p.join()
    print(q.get(), p.exitcode, dummy.Manager() is dummy, dummy.Manager().Namespace(a=1))
