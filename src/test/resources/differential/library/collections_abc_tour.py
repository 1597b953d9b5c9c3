# collections.abc: the built-in types are instances of the ABCs; a class that implements the
# abstract methods gets the mixin methods, and one that does not cannot be instantiated
import collections.abc as abc
from collections import deque, OrderedDict, Counter

values = [[], (), '', b'', {}, set(), frozenset(), range(3), deque(), 5, 2.5, None, len, iter([]),
          {}.keys(), {}.items(), {}.values(), (x for x in ()), OrderedDict(), Counter()]
for name in ['Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container', 'Collection',
             'Callable', 'Hashable', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
             'Set', 'MutableSet', 'KeysView', 'ItemsView', 'ValuesView', 'ByteString']:
    cls = getattr(abc, name)
    print(f'{name:16}', ''.join('1' if isinstance(v, cls) else '.' for v in values))
print(abc.Iterable, type(abc.Iterable).__name__, abc.Mapping.__module__)

class Squares(abc.Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)), len(s))
print(isinstance(s, abc.Sequence), isinstance(s, abc.Iterable), isinstance(s, abc.MutableSequence))

class Registry(abc.MutableMapping):
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        return self._data[key]
    def __setitem__(self, key, value):
        self._data[key] = value
    def __delitem__(self, key):
        del self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

r = Registry()
r.update({'a': 1}, b=2)
r.setdefault('c', 3)
print(dict(r.items()), list(r.keys()), list(r.values()), r.get('zz', 'dflt'), r.pop('a'), 'a' in r)
print(r == {'b': 2, 'c': 3}, r.popitem(), len(r), sorted(r.keys() | {'q'}))

class Bits(abc.MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

b = Bits([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), sorted(b - {1}), sorted(b ^ {3, 4}), b <= {1, 2, 3, 4}, b.isdisjoint({7}))
b |= {9}
b -= {1}
print(sorted(b), b.pop() in (2, 3, 9), len(b))

class Incomplete(abc.Mapping):
    def __getitem__(self, key):
        return key
try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)

class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
print(isinstance(Duck(), abc.Iterable), isinstance(Duck(), abc.Sized), isinstance(Duck(), abc.Container),
      issubclass(Duck, abc.Collection))
class NotIterable(Duck):
    __iter__ = None
print(isinstance(NotIterable(), abc.Iterable))
abc.Sequence.register(Duck)
print(isinstance(Duck(), abc.Sequence), isinstance(Duck(), abc.Reversible), issubclass(Duck, abc.Collection))
