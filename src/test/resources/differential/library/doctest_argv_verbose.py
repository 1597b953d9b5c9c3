# differential: args -v
"""A script run as 'python3 script.py -v': testmod's verbose defaults to '-v' in sys.argv. The module
imports names from other modules (they are not its tests), uses from __future__ import annotations (the
examples compile with it), and its examples define classes and closures, print non-ASCII text and use
tabs.

>>> class Local:
...     def __repr__(self):
...         return 'Local()'
>>> Local()
Local()
>>> Local  # doctest: +ELLIPSIS
<class '__main__.Local'>
>>> def adder(n):
...     return lambda x: x + n
>>> adder(2)(3)
5
>>> print('café ☕')
café ☕
>>> def annotated(x: UndefinedType) -> None: pass
>>> annotated.__annotations__
{'x': 'UndefinedType', 'return': 'None'}
>>> print('a\tb')
a       b
"""
from __future__ import annotations

from collections import OrderedDict
from math import sqrt
import doctest


def root(x: float) -> float:
    """
    >>> root(16)
    4.0
    >>> root.__annotations__
    {'x': 'float', 'return': 'float'}
    >>> OrderedDict(a=1)
    OrderedDict([('a', 1)])
    """
    return sqrt(x)


if __name__ == "__main__":
    doctest.testmod()
