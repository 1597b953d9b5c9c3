# concurrent.futures.ProcessPoolExecutor: submit, map, exceptions, shutdown.
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor, as_completed


def cube(x):
    return x ** 3


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(cube, n) for n in range(5)]
        print(sorted(f.result() for f in as_completed(futures)))
        print(list(ex.map(cube, [1, 2, 3], chunksize=2)))
        print(list(ex.map(divide, [6, 9], [3, 3])))
        f = ex.submit(divide, 1, 0)
        print(type(f.exception()).__name__, f.done())
        try:
            f.result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
    print(concurrent.futures.process.BrokenProcessPool.__mro__[1].__name__)
