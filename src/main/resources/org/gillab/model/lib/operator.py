"""Operators as functions: the GIL Lab model's operator module.

Mirrors CPython 3.11's Lib/operator.py; written for the model from the documentation, not copied
(only the __all__ list, the public names, is the same). Every function is the Java module
_operator's, as CPython's are C (_operator.c), and each also goes by its dunder name
(operator.__add__ is operator.add).
"""

from _operator import *

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

# Each operator also goes by its dunder name: __add__ for add, __and__ for and_, __not__ for not_.
# The callables, the identity tests, truth and the sequence searches have none.
for _name in __all__:
    if _name not in ('attrgetter', 'itemgetter', 'methodcaller', 'is_', 'is_not', 'truth',
                     'countOf', 'indexOf', 'length_hint'):
        globals()['__' + _name.rstrip('_') + '__'] = globals()[_name]
del _name
