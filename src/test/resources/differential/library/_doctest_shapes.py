"""Shapes, a module that doctest_module.py tests with doctest.testmod(module).

>>> area(Square(3))
9
"""
import math


class Square:
    """
    >>> Square(2).side
    2
    """

    def __init__(self, side):
        self.side = side

    def scaled(self, factor):
        """
        >>> Square(2).scaled(0)
        Traceback (most recent call last):
        ValueError: factor must be positive
        >>> Square(2).scaled(-1).side
        -2
        """
        if factor <= 0:
            raise ValueError('factor must be positive, not %r' % factor)
        return Square(self.side * factor)


def area(shape):
    """
    >>> area(Square(1.5))
    2.25
    >>> round(math.pi, 2)
    3.14
    """
    return shape.side ** 2


_private = area
