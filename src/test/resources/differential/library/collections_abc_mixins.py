# collections.abc's mixin methods: what each derives from the abstract ones, the exceptions they
# raise (type, message, suppressed context), the operators' NotImplemented, and the views
import collections.abc as abc


def attempt(label, action):
    try:
        print(label, '->', action())
    except Exception as e:
        print(label, '->', type(e).__name__, repr(e), e.__suppress_context__)


class Row(abc.MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def insert(self, i, v):
        self._items.insert(i, v)
    def __repr__(self):
        return f'Row({self._items})'


r = Row('abc')
r.append('d')
r.extend('ef')
r += ['g']
r.extend(r)
print(r, len(r), r.index('c'), r.index('c', 3), r.index('c', -6), r.index('a', -100, 100), r.count('a'))
r.reverse()
print(r, r.pop(), r.pop(0), r)
r.remove('e')
print(r, 'g' in r, 'z' in r, list(reversed(r))[:3], type(iter(r)).__name__)
attempt('index missing', lambda: r.index('z'))
attempt('index in window', lambda: r.index('a', 0, 2))
attempt('index bad start', lambda: r.index('a', 'x'))
attempt('remove missing', lambda: r.remove('z'))
r.clear()
attempt('pop empty', lambda: r.pop())
print(r, len(r))
nan = float('nan')
print(Row([nan]).count(nan), nan in Row([nan]), Row([nan]).index(nan))


class Store(abc.MutableMapping):
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


class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, key):
        return key * 2


s = Store()
s.update([('a', 1)], b=2)
s.update(KeysOnly())
s.update({'c': 3}, other=9)
print(list(s.items()), s.get('a'), s.get('q'), s.get('q', 0), 'x' in s, 'q' in s)
print(s.setdefault('a', 100), s.setdefault('n'), s.pop('n'), s.pop('n', 'gone'), s.popitem(), len(s))
print(s == dict(s.items()), s == {}, s != {'b': 2}, s == [1], s.keys() == set(s), repr(s.keys())[:9])
attempt('pop missing', lambda: s.pop('zz'))
attempt('update non-iterable', lambda: s.update(5))
attempt('update bad pairs', lambda: s.update([1]))
attempt('update two args', lambda: s.update({}, {}))
s.clear()
attempt('popitem empty', lambda: s.popitem())
print(len(s), abc.Mapping.__reversed__, abc.Mapping.__hash__)

keys, items, values = s.keys(), s.items(), s.values()
s.update(a=1, b=[2])
print(keys, items, values, len(keys), list(keys), list(items), list(values))
print('a' in keys, ('b', [2]) in items, ('b', 3) in items, ('q', 1) in items, [2] in values, 5 in values)
print(sorted(keys | {'z'}), sorted(keys & ['a', 'q']), sorted(keys - {'a'}), sorted(keys ^ {'a', 'w'}), type(keys & keys).__name__)
print(sorted(['w', 'a'] - keys), sorted({'a'} | keys), keys.isdisjoint(['x']), keys <= {'a', 'b', 'c'}, keys > {'a'})
print(isinstance(keys, abc.KeysView), isinstance(values, abc.Set), isinstance(items, abc.Set), abc.KeysView({1: 2}))


class Span(abc.Set):
    """An immutable Set: the set operators make Spans, __hash__ is frozenset's."""
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f'Span({self._items})'
    __hash__ = abc.Set._hash


a, b = Span([1, 2, 3]), Span([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, [4, 5] - a, [5] & a, (9,) | a)
print(a == Span([3, 2, 1]), a != b, a < Span([1, 2, 3, 4]), a <= a, a > Span([1]), a >= b, a == {1, 2, 3}, {1, 2, 3} == a)
print(hash(Span([1, 2, 3])) == hash(frozenset([3, 1, 2])), hash(Span()) == hash(frozenset()), hash(Span([-1, 2 ** 70])) == hash(frozenset([-1, 2 ** 70])))
for op in ['a <= 3', 'a | 3', 'a & 3', 'a - 3', '3 - a', 'a ^ 3', 'a < [1]']:
    attempt(op, lambda: eval(op))


class Tags(abc.MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
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
    def __repr__(self):
        return f'Tags({self._items})'


t = Tags('abc')
t |= 'cd'
t &= 'abcdx'
t ^= 'ay'
t -= ['b']
print(t)
print(t.pop(), t)
t.remove('d')
attempt('remove missing', lambda: t.remove('d'))
t ^= t
print(t, len(t))
t.add(1)
t -= t
attempt('pop empty', lambda: t.pop())
t |= [1, 2]
t.clear()
print(t)
