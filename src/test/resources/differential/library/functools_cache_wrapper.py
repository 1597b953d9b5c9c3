# lru_cache's wrapper object (a C type in CPython): its type, binding, hashing once per call,
# counts under threads, exceptions, pickling and copying by reference
import copy, functools, pickle, threading

@functools.lru_cache(maxsize=4)
def area(w, h=1):
    return w * h

wrapper_type = type(area)
print(wrapper_type.__name__, wrapper_type.__module__, wrapper_type is functools._lru_cache_wrapper)
print(repr(area).startswith('<functools._lru_cache_wrapper object at 0x'), callable(area))
print(sorted(k for k in vars(area) if not k.startswith('__annotations')))
print(area.__name__, area.__qualname__, area.__module__, area.__wrapped__.__name__)
try:
    class Sub(functools._lru_cache_wrapper):
        pass
except TypeError as e:
    print('TypeError:', e)

# Keyword arguments and their order are part of the key, as in CPython's key.
print(area(2, 3), area(2, h=3), area(w=2, h=3), area(h=3, w=2), area.cache_info())


class Point:
    """Its hash and equality say when they are asked."""
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        print('  hash', self.x)
        return hash(self.x)
    def __eq__(self, other):
        print('  eq', self.x, other.x)
        return isinstance(other, Point) and self.x == other.x


@functools.lru_cache(maxsize=None)
def norm(p):
    return abs(p.x)

print('first call');  norm(Point(-3))
print('second call'); norm(Point(-3))
print(norm.cache_info())

# A call that raises is a miss and caches nothing.
calls = []
@functools.lru_cache(maxsize=2)
def fragile(n):
    calls.append(n)
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n
for n in (1, -1, -1, 1):
    try:
        fragile(n)
    except ValueError as e:
        print('ValueError:', e)
print(calls, fragile.cache_info())

# Through a class the wrapper is itself; through an instance, a bound method.
class Shapes:
    @functools.lru_cache(maxsize=None)
    def side(self, n):
        return n * 2
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def unit(n):
        return n
s = Shapes()
print(type(Shapes.__dict__['side']).__name__, Shapes.side is Shapes.__dict__['side'])
print(type(s.side).__name__, s.side.__func__ is Shapes.side, s.side(3), Shapes.side(s, 3))
print(Shapes.side.cache_info(), Shapes.unit(5), s.unit(5), Shapes.unit.cache_info())
print(Shapes.side.__get__(None, Shapes) is Shapes.side, Shapes.side.__get__(s).__self__ is s)

# Pickled and copied by reference, as a function is.
print(pickle.loads(pickle.dumps(area)) is area, copy.copy(area) is area, copy.deepcopy(area) is area)
print(area.__reduce__())

# Eight threads share one cache: every call is counted once.
@functools.lru_cache(maxsize=16)
def square(n):
    return n * n

def work():
    for i in range(500):
        square(i % 32)

threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = square.cache_info()
print(info.hits + info.misses, info.maxsize, info.currsize)
square.cache_clear()
print(square.cache_info())

# Unhashable arguments, positional or by keyword.
for call in (lambda: area([1]), lambda: area(1, h={})):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
