# How deep recursion goes when each level passes through a callable object: CPython 3.11 counts the
# call of an object through its type's tp_call (an instance's __call__, an lru_cache wrapper) toward
# the recursion limit, besides the Python frames, and says so in the message when that call trips it.
import functools


class Traced:
    """A class-based decorator, as tutorials write them."""
    def __init__(self, f):
        self.f = f
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.f(*args)


@Traced
def down(n):
    return 0 if n == 0 else down(n - 1)


def plain(n):
    return 0 if n == 0 else plain(n - 1)


def deepest(make):
    """The largest n for which make()(n) returns, and the message of the RecursionError at n + 1."""
    low, high, message = 0, 3000, None
    while low < high:
        middle = (low + high + 1) // 2
        try:
            make()(middle)
            low = middle
        except RecursionError as e:
            message = str(e)
            high = middle - 1
    return low, message


@functools.lru_cache(maxsize=None)
def cached(n):
    return 0 if n == 0 else cached(n - 1)


def fresh_cache():
    """The cache emptied, so that each probe recurses all the way down."""
    cached.cache_clear()
    return cached


class MyPartial(functools.partial):
    pass


def through_partial(n):
    return 0 if n == 0 else again(n - 1)


def through_subclass(n):
    return 0 if n == 0 else again_sub(n - 1)


again = functools.partial(through_partial)  # vectorcall: no level of its own
again_sub = MyPartial(through_subclass)  # a class statement's type: tp_call, one level


print("plain", deepest(lambda: plain))
print("partial", deepest(lambda: through_partial))
print("partial subclass", deepest(lambda: through_subclass))
print("class decorator", deepest(lambda: down))
print("lru_cache", deepest(fresh_cache))
print(down.calls > 0)


class Callable:
    def __call__(self):
        return self()


try:
    Callable()()
except RecursionError as e:
    print("RecursionError:", e)
