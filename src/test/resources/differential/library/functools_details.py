# functools details: partial (flattening, read-only attributes, reprs, state), partialmethod,
# reduce's errors, every total_ordering root, singledispatch with ABCs/unions/methods,
# cached_property errors, and lru_cache / cached_property counts under threads.
import collections.abc
import functools
import sys
import threading
import traceback
import typing
from functools import partial, partialmethod


def attempt(action):
    try:
        return action()
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def report(action):
    try:
        print('->', action())
    except Exception:
        traceback.print_exc(file=sys.stdout)


def gather(*args, **kwargs):
    return args, kwargs


inner = partial(gather, 1, a=1)
outer = partial(inner, 2, a=2, b=3)
print(outer.func is gather, outer.args, outer.keywords, outer(4, b=5))
inner.note = 'has attributes'
print(partial(inner, 9).func is inner, inner.note, inner.__dict__)


class Overriding(partial):
    def __call__(self, *args, **kwargs):
        return 'overridden'


print(partial(Overriding(gather, 1), 2).func.__class__.__name__, Overriding(gather)(1))
print(repr(partial(gather, 'x', key=None)))
looping = partial(gather)
looping.__setstate__((looping, (), {}, None))
print(repr(looping), looping.__reduce__()[0].__name__)
restored = partial(print)
restored.__setstate__((gather, (1,), {'k': 2}, {'extra': 3}))
print(restored(), restored.extra, restored.args)
for action in [lambda: partial(), lambda: partial(42), lambda: setattr(inner, 'func', print),
               lambda: setattr(inner, 'keywords', {}), lambda: restored.__setstate__((1, 2)),
               lambda: restored.__setstate__((gather, [1], {}, None))]:
    print(attempt(action))
print(partial[int], type(partial(gather)).__name__, partial(dict, a=1)(a=2))


class Account:
    def move(self, amount, *, currency='EUR'):
        return f'{type(self).__name__} moves {amount} {currency}'
    deposit = partialmethod(move, currency='USD')
    tip = partialmethod(deposit, 5)
    tally = partialmethod(staticmethod(lambda *a: a), 'static')
    kind = partialmethod(classmethod(lambda cls, *a: (cls.__name__,) + a), 'class')
    loud = partialmethod(print, 'loud:')


a = Account()
print(a.deposit(10), a.tip(), Account.tally(1), Account.kind(2), Account.deposit(a, 3))
a.loud()
print(repr(Account.__dict__['deposit']).split(' at ')[0], Account.__dict__['tip'].args,
      a.deposit.__self__ is a, attempt(lambda: partialmethod(3)))

print(functools.reduce(lambda x, y: x * 10 + y, [1, 2, 3]), functools.reduce(max, [], 'empty'))
for action in [lambda: functools.reduce(max, []), lambda: functools.reduce(max, None),
               lambda: functools.reduce(max), lambda: functools.reduce(max, [], 1, 2),
               lambda: functools.reduce(max, [1], initial=0)]:
    print(attempt(action))

for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    def compare(self, other, _op=root):
        if not isinstance(other, Box):
            return NotImplemented
        return getattr(self.size, _op)(other.size)
    Box = type('Box', (), {root: compare, '__eq__': lambda s, o: s.size == o.size,
                           '__init__': lambda s, size: setattr(s, 'size', size)})
    functools.total_ordering(Box)
    small, big = Box(1), Box(2)
    derived = sorted(op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op != root)
    print(root, [(op, getattr(Box, op).__name__, getattr(Box, op).__qualname__) for op in derived])
    print(' ', small < big, small <= big, small > big, small >= big, big >= big, big <= big,
          attempt(lambda: small >= 3))
    print(' ', getattr(Box, derived[0]).__doc__)


@functools.total_ordering
class Broken:
    def __lt__(self, other):
        return self.missing < other


report(lambda: Broken() >= Broken())
print(attempt(lambda: functools.total_ordering(type('Bare', (), {}))))


@functools.singledispatch
def kind(value):
    return 'object'


kind.register(collections.abc.Sequence, lambda v: 'sequence')
kind.register(collections.abc.Sized, lambda v: 'sized')
kind.register(list, lambda v: 'list')
kind.register(int | str, lambda v: 'int or str')
kind.register(typing.Union[bytes, bytearray], lambda v: 'binary')


class MyList(list):
    pass


class Both(collections.abc.Sized, collections.abc.Iterable):
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


class Implicit:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


kind.register(collections.abc.Iterable, lambda v: 'iterable')
print([kind(v) for v in ([1], MyList(), (1,), range(3), 5, 's', True, b'b', 2.5, Both(), iter([]))])
print(attempt(lambda: kind({})))
print(attempt(lambda: kind(Implicit())))
collections.abc.Sequence.register(Implicit)
print('after registering Implicit as a Sequence:', kind(Implicit()))
print(sorted(c.__name__ for c in kind.registry), kind.dispatch(bool)(1), attempt(lambda: kind()))
for action in [lambda: kind.register(3), lambda: kind.register(3, len),
               lambda: kind.register(list[int]), lambda: kind.register(int | list[int])]:
    print(attempt(action))


def unannotated(x):
    pass


def bad_hint(x: list[int]):
    pass


def bad_union(x: int | list[int]):
    pass


for f in (unannotated, bad_hint, bad_union):
    print(attempt(lambda: kind.register(f)))


@kind.register
def _(value: float):
    return 'float via annotation'


print(kind(1.5), kind.dispatch(float).__name__)
kind.register(complex, lambda value: value / 0)
report(lambda: kind(1j))


class Shape:
    @functools.singledispatchmethod
    def describe(self, arg):
        return f'{type(self).__name__}: something'

    @describe.register
    def _(self, arg: int):
        return f'{type(self).__name__}: int {arg}'

    @functools.singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f'{cls.__name__}.make generic'

    @make.register
    @classmethod
    def _(cls, arg: str):
        return f'{cls.__name__}.make from str {arg}'


print(Shape().describe(3), Shape().describe('x'), Shape.make('s'), Shape.make(1), Shape.describe.__name__)
print(attempt(lambda: Shape().describe()))


class Lazy:
    calls = 0

    @functools.cached_property
    def value(self):
        """An expensive value."""
        Lazy.calls += 1
        return Lazy.calls


class Slotted:
    __slots__ = ()

    @functools.cached_property
    def value(self):
        return 1


lazy = Lazy()
print(lazy.value, lazy.value, Lazy.calls, Lazy.value.__doc__, Lazy.value.attrname, Lazy.value.func.__name__)
print(attempt(lambda: Slotted().value))
orphan = functools.cached_property(lambda self: 0)
print(attempt(lambda: orphan.__get__(Lazy())))
orphan.__set_name__(Lazy, 'first')
orphan.__set_name__(Lazy, 'first')
print(attempt(lambda: orphan.__set_name__(Lazy, 'second')))

shared = Lazy()
Lazy.calls = 0
readers = [threading.Thread(target=lambda: shared.value) for _ in range(8)]
for t in readers:
    t.start()
for t in readers:
    t.join()
print('cached_property computed once under threads:', Lazy.calls, shared.value)


@functools.lru_cache(maxsize=16)
def bounded(n):
    return n * n


@functools.cache
def unbounded(n):
    return -n


def hammer():
    for i in range(300):
        bounded(i % 20)
        unbounded(i % 50)


workers = [threading.Thread(target=hammer) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
b, u = bounded.cache_info(), unbounded.cache_info()
print('bounded: calls', b.hits + b.misses, 'currsize', b.currsize, 'maxsize', b.maxsize)
print('unbounded: calls', u.hits + u.misses, 'currsize', u.currsize)
