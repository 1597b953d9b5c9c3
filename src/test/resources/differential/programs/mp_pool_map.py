# multiprocessing.Pool: map, imap, starmap, apply_async.
from multiprocessing import Pool
import os


def f(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print(pool.map(f, range(10)))
        print(list(pool.imap(f, range(5))))
        print(sorted(pool.imap_unordered(f, range(5))))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        res = pool.apply_async(f, (20,))
        print(res.get(timeout=10))
        res = pool.apply_async(os.getpid, ())
        print("worker pid differs:", res.get(timeout=10) != os.getpid())
        res = pool.apply_async(f, ("x",))
        try:
            res.get(timeout=10)
        except TypeError as e:
            print("TypeError:", e)
