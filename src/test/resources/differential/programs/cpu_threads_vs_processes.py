# Threads vs processes for CPU-bound work: the GIL in one picture.
# differential: normalize floats
import time
import threading
import multiprocessing


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def run_threads(numbers):
    results = [None] * len(numbers)

    def worker(i, n):
        results[i] = fib(n)

    threads = [threading.Thread(target=worker, args=(i, n)) for i, n in enumerate(numbers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def run_processes(numbers):
    with multiprocessing.Pool(processes=2) as pool:
        return pool.map(fib, numbers)


if __name__ == "__main__":
    numbers = [20, 21, 22, 23]
    start = time.perf_counter()
    serial = [fib(n) for n in numbers]
    print("serial:   ", serial, f"{time.perf_counter() - start:.3f}s")
    start = time.perf_counter()
    print("threads:  ", run_threads(numbers), f"{time.perf_counter() - start:.3f}s")
    start = time.perf_counter()
    print("processes:", run_processes(numbers), f"{time.perf_counter() - start:.3f}s")
