"""Examples whose output is less plain: print(end=''), sys.stdout.write's displayed count, _ (the last
value), a warning (its source line from the example), a generator, try/except and with blocks, SystemExit,
an exception class of __main__ (reported by its name alone), <BLANKLINE>s around dedented text, assert.

>>> print('x', end='')
x
>>> import sys
>>> sys.stdout.write('hello')
hello5
>>> 1 + 1
2
>>> _ * 2
4
>>> import warnings
>>> warnings.warn('careful')
>>> def gen():
...     yield 1
...     yield 2
>>> list(gen())
[1, 2]
>>> while False:
...     pass
>>> try:
...     1/0
... except ZeroDivisionError:
...     print('caught')
caught
>>> with open(__file__) as f:
...     len(f.readline())
4
>>> raise SystemExit(3)
Traceback (most recent call last):
SystemExit: 3
>>> class E(Exception):
...     pass
>>> raise E('mine')
Traceback (most recent call last):
__main__.E: mine
>>> raise E('mine')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
other.module.E: theirs
>>> import textwrap
>>> print(textwrap.dedent('''
...    a
...      b
... '''))
<BLANKLINE>
a
  b
<BLANKLINE>
>>> assert False, 'boom'
"""
import doctest
print(doctest.testmod())
