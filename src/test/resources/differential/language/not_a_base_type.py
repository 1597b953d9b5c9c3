# A class statement refusing a built-in base names it as tp_name does: module-qualified outside builtins
import functools
import hashlib
import itertools
import re

for base in (bool, type(None), slice, memoryview, hashlib.blake2b, hashlib.blake2s,
             type(re.compile('x')), functools.partial, itertools.chain, type(lambda: 0)):
    try:
        class Sub(base):
            pass
        print(base.__name__, 'subclassed')
    except TypeError as e:
        print(e)
