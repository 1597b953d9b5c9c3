# lru_cache and cache: hits, misses, eviction order, typed keys, cache_clear, methods
from functools import lru_cache, cache

@lru_cache(maxsize=3)
def slow_square(n):
    print('computing', n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__name__, fib.__wrapped__(10))

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print(factorial(20), factorial.cache_info())

@lru_cache(maxsize=None, typed=True)
def kind(x):
    print('computing kind of', repr(x))
    return type(x).__name__
print(kind(1), kind(1.0), kind(1), kind(True), kind.cache_info())

@lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info())

@lru_cache(maxsize=2)
def keyed(a, b=0, *, c=0):
    print('computing', a, b, c)
    return a + b + c
print(keyed(1), keyed(1, 0), keyed(1, b=0), keyed(1, c=0), keyed(1), keyed.cache_info())

class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    @lru_cache(maxsize=None)
    def fahrenheit(self):
        print('converting', self.degrees)
        return self.degrees * 9 / 5 + 32
t = Temperature(100)
print(t.fahrenheit(), t.fahrenheit(), Temperature.fahrenheit.cache_info())
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError:', e)
try:
    slow_square([1])
except TypeError as e:
    print('TypeError:', e)
