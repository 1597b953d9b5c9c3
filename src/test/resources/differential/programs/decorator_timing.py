# A timing decorator with functools.wraps, and memoisation with lru_cache.
# differential: normalize floats
import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__name__}{args} took {elapsed:.4f}s")
    return wrapper


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return decorate


@timed
def slow_sum(n):
    return sum(range(n))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


calls = iter([ValueError("flaky"), ValueError("again"), 42])


@retry(3)
def unreliable():
    value = next(calls)
    if isinstance(value, Exception):
        raise value
    return value


print(slow_sum(100_000))
print(slow_sum.__name__, slow_sum.__wrapped__.__name__)
print(fib(80), fib.cache_info())
print(unreliable())
