"""doctest.testmod() over a dataclass (its generated methods are items with no tests) and over examples
that start a threading.Thread, which prints, and join it before the expected output is compared."""
import doctest
import threading
from dataclasses import dataclass, field


@dataclass
class Point:
    """A point.

    >>> Point(1, 2)
    Point(x=1, y=2, tags=[])
    >>> Point(1, 2) == Point(1, 2)
    True
    >>> Point(1, 2).moved(1, 1)
    Point(x=2, y=3, tags=[])
    >>> Point(0, 0).x = 5
    >>> Point('a', 1)
    Point(x=1, y='a', tags=[])
    """
    x: int
    y: int
    tags: list = field(default_factory=list)

    def moved(self, dx, dy):
        """
        >>> Point(0, 0).moved(2, 3).y
        3
        """
        return Point(self.x + dx, self.y + dy)


def in_a_thread():
    """
    >>> results = []
    >>> t = threading.Thread(target=lambda: results.append(sum(range(10))))
    >>> t.start()
    >>> t.join()
    >>> results
    [45]
    >>> t = threading.Thread(target=print, args=('printed by', 'a thread'))
    >>> t.start(); t.join()
    printed by a thread
    >>> t = threading.Thread(target=print, args=('expected', 'wrongly'))
    >>> t.start(); t.join()
    expected rightly
    >>> t.is_alive()
    False
    """


def thread_that_raises():
    """
    >>> def work():
    ...     raise RuntimeError('in the thread')
    >>> t = threading.Thread(target=work, name='worker')
    >>> t.start(); t.join()  # doctest: +ELLIPSIS
    >>> 'after'
    'after'
    """


if __name__ == "__main__":
    print(doctest.testmod())
    print(doctest.testmod(verbose=True, exclude_empty=True))
