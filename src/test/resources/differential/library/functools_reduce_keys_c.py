# functools.reduce and cmp_to_key behave as CPython's C ones: a function of the user's that raises
# shows no frame of reduce's or of the key's own, and their members and messages are the C ones'.
import functools
import sys
import traceback
from functools import cmp_to_key, reduce


def attempt(action):
    try:
        return action()
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def add_checked(total, item):
    if item is None:
        raise ValueError('no item')
    return total + item


def by_length(a, b):
    if a == 'bad':
        raise KeyError(a)
    return len(a) - len(b)


# --- tracebacks ---
try:
    reduce(add_checked, [1, 2, None])
except ValueError:
    traceback.print_exc(file=sys.stdout)

try:
    sorted(['ccc', 'bad', 'a'], key=cmp_to_key(by_length))
except KeyError:
    traceback.print_exc(file=sys.stdout)

try:
    cmp_to_key(by_length)('bad') < cmp_to_key(by_length)('x')
except KeyError:
    traceback.print_exc(file=sys.stdout)

# --- reduce ---
print(reduce(add_checked, [1, 2, 3]), reduce(add_checked, [], 10), reduce(add_checked, iter([4]), 1))
print(reduce(lambda acc, x: acc + [x], 'abc', []), reduce(max, [5]))
print(attempt(lambda: reduce(max)), '|', attempt(lambda: reduce()))
print(attempt(lambda: reduce(max, 1)), '|', attempt(lambda: reduce(max, [])))
print(attempt(lambda: reduce(max, [], 1, 2)), '|', attempt(lambda: reduce(max, [], initial=1)))


class Broken:
    def __iter__(self):
        raise ValueError('iteration refused')


print(attempt(lambda: reduce(max, Broken())))
print(reduce.__module__, reduce.__name__, type(reduce).__name__)

# --- cmp_to_key ---
K = cmp_to_key(by_length)
k = K('abc')
print(type(K).__name__, type(k), K.obj, k.obj, callable(k))
print(sorted(['ccc', 'a', 'bb'], key=K), min(['ccc', 'a', 'bb'], key=K), max(['ccc', 'a', 'bb'], key=K))
print(k == K('xyz'), k != K('xyz'), k < K('wxyz'), k <= K('x'), k > K('x'), k >= K('abcd'))
print(attempt(lambda: hash(k)), '|', attempt(lambda: k < 1), '|', attempt(lambda: K < k))
k.obj = 'zz'
print(k.obj, k < K('abc'))
del k.obj
print(k.obj, attempt(lambda: k < K('abc')))
print(attempt(lambda: setattr(k, 'other', 1)))
print(attempt(lambda: K()), '|', attempt(lambda: K(1, 2)), '|', K(obj='by name').obj)
print(attempt(lambda: cmp_to_key()), '|', cmp_to_key(mycmp=by_length)('a') < K('bb'))
print(cmp_to_key.__module__, type(k).__module__, type(k).__name__)
