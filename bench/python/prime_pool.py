"""A user's first threaded program, as one would paste it: count primes with a plain function, then
with a ThreadPoolExecutor of 4 workers over 4 chunks, timed with perf_counter around each, no warm-up.
Under a GIL the threads give no speedup (CPython 3.11: about 1.0x). Prints the two times and their ratio.

    python3 bench/python/prime_pool.py
    java -jar target/gil-lab.jar run bench/python/prime_pool.py
"""
import time
from concurrent.futures import ThreadPoolExecutor

LIMIT = 200000


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


start = time.perf_counter()
serial = count_primes(0, LIMIT)
serial_s = time.perf_counter() - start

step = LIMIT // 4
start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    threaded = sum(pool.map(lambda lo: count_primes(lo, lo + step), range(0, LIMIT, step)))
threads_s = time.perf_counter() - start

assert serial == threaded == 17984, (serial, threaded)
print(f"serial {serial_s:.3f} s, 4 threads {threads_s:.3f} s, speedup {serial_s / threads_s:.2f}")
