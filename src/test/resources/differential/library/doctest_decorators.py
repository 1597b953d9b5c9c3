# doctest.testmod over decorated functions, as users write them: functools.lru_cache and cache (their
# failures report "line ?", as on python3), a functools.wraps wrapper (reported at the wrapper's line),
# cached_property and a method wrapping a builtin.
import functools


def logged(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


@functools.lru_cache(maxsize=None)
def fib(n):
    """
    >>> fib(10)
    55
    >>> fib(11)
    0
    """
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@logged
def double(x):
    """
    >>> double(2)
    5
    """
    return 2 * x


@functools.cache
def triple(x):
    """
    >>> triple(2)
    7
    """
    return 3 * x


class K:
    @functools.cached_property
    def cp(self):
        """
        >>> K().cp
        2
        """
        return 1

    @functools.wraps(len)
    def wrapped_builtin(self):
        pass


if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=False)
    doctest.testmod(verbose=True)
