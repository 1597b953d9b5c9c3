# functools: partial, reduce, wraps, total_ordering, cmp_to_key, singledispatch, cached_property
import functools
from functools import partial, reduce, wraps, total_ordering, cmp_to_key

def power(base, exponent, *, modulo=None):
    return pow(base, exponent, modulo)

square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, modulo=10)
print(square(7), cube_mod(7), square.func is power, square.args, square.keywords)
basetwo = partial(int, base=2)
print(basetwo('1011'), basetwo('11', base=3), partial(partial(max, 1), 5)(3), partial(partial(max, 1), 5).args)
print(repr(partial(max, 1, key=abs)), repr(partial(len)))
class Labeled(partial):
    pass
print(repr(Labeled(max, 1)).startswith('Labeled(<built-in function max>'), Labeled(max, 1)(5))
try:
    partial(5)
except TypeError as e:
    print('TypeError:', e)

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 'start'), reduce(max, [3, 9, 2]))
for bad in [lambda: reduce(max, []), lambda: reduce(max, 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Adds two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__, add.__module__)
def plain():
    pass
plain.extra = 'kept'
def updated():
    pass
functools.update_wrapper(updated, plain)
print(updated.__name__, updated.extra, updated.__wrapped__ is plain)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1, 2), sorted([b, a, Version(0, 9)]), max(a, b))
try:
    @total_ordering
    class Unordered:
        pass
except ValueError as e:
    print('ValueError:', e)

def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)), min(words, key=cmp_to_key(by_length_then_alpha)))
K = cmp_to_key(by_length_then_alpha)
print(K('ab') < K('abc'), K('b') == K('b'), K('x') > K('a'))

@functools.singledispatch
def describe(value):
    return f'something: {value!r}'

@describe.register
def _(value: int):
    return f'an int: {value}'

@describe.register(list)
@describe.register(tuple)
def _(value):
    return f'a sequence of {len(value)}'

describe.register(float, lambda value: f'a float: {value:.2f}')
print(describe(3), describe(True), describe([1, 2]), describe((1,)), describe(2.5), describe('s'), describe(None))
print(describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), '__name__') else '?', object in describe.registry)
try:
    describe()
except TypeError as e:
    print('TypeError:', e)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, 'area' in vars(c))
del c.area
print(c.area)
print(type(Circle.area).__name__)
