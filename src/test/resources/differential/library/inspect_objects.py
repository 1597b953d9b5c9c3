# inspect's predicates, getmembers, getmro, getdoc/cleandoc, getsource and friends, frames and stacks,
# generator and coroutine states, getattr_static and unwrap
import abc
import functools
import inspect
import os
import sys
import types


class Shape(abc.ABC):
    """A shape.

        Indented more.
    """
    sides = 0

    @abc.abstractmethod
    def area(self):
        """The area."""

    @property
    def name(self):
        """The name."""
        return type(self).__name__


@functools.total_ordering
class Square(Shape):
    sides = 4
    __slots__ = ('side',)

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2     # no doc: inherited

    def __eq__(self, other): return self.side == other.side
    def __lt__(self, other): return self.side < other.side


def gen():
    yield 1
    yield 2


async def coro():
    return 1


def outer():
    def inner(x):
        return lambda y: x + y
    return inner


cached = functools.lru_cache(outer)
objects = [Shape, Square, Square(2), Square.area, Square(2).area, gen, gen(), coro, len, [].append, str.join,
           object.__init__, object().__str__, sys, types, Square.__dict__['side'], Shape.__dict__['name'],
           functools.partial(gen), cached, outer.__code__, 1, None]
predicates = [name for name in inspect.__all__ if name.startswith('is')]
print(predicates)
for obj in objects:
    marks = [name[2:] for name in predicates if getattr(inspect, name)(obj)]
    print(type(obj).__name__, marks)
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))

class Partial(Shape):
    pass
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(Partial), inspect.isabstract(int))

print(inspect.getmro(Square))
print([name for name, _ in inspect.getmembers(Square) if not name.startswith('__')])
print(inspect.getmembers(Square(3), lambda v: isinstance(v, int)))
print([name for name, _ in inspect.getmembers(sys.modules[__name__], inspect.isclass)])
print([name for name, _ in inspect.getmembers(Square, inspect.isfunction)])

print(repr(inspect.getdoc(Shape)), repr(inspect.getdoc(Square)), repr(inspect.getdoc(Square.area)))
print(repr(inspect.getdoc(Square(1).area)), repr(inspect.getdoc(Shape.name)), inspect.getdoc(1) == inspect.getdoc(int))
print(repr(inspect.cleandoc('  first\n\n      second\n    third\n\n')), repr(inspect.cleandoc('\tx\n\ty')))

here = os.path.basename(__file__)
print(os.path.basename(inspect.getfile(Square)), os.path.basename(inspect.getsourcefile(outer)), inspect.getmodule(Square).__name__)
print(inspect.getmodule(outer) is sys.modules[__name__], inspect.getmodulename('/a/b/mod.py'))
print(inspect.getsource(Square.area), end='')
print(inspect.getsource(Square), end='')
lines, start = inspect.getsourcelines(gen)
print(start, lines)
print(inspect.getsource(outer()), end='')
print(inspect.getsource(outer()(1)), end='')
print(inspect.getsource(cached), end='')
print(inspect.getsource(sys.modules[__name__]).count('\n') > 100)
print(inspect.getsource(outer.__code__).splitlines()[0])
for obj in (sys, int, len, 1):
    try:
        inspect.getsource(obj)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
class Nested:
    class Inner:
        def method(self):
            pass
print(inspect.getsource(Nested.Inner), end='')
print(inspect.getblock(['def f():\n', '    return (1,\n', '2)\n', '\n', 'x = 1\n']))
print(repr(inspect.getcomments(Square.area)), inspect.indentsize('    \tx'))


def where():
    # (the model's frames are snapshots: each is asked about where it was taken)
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.function, info.lineno, info.code_context, info.index, inspect.currentframe().f_code.co_name)
    print(inspect.getframeinfo(inspect.currentframe(), context=3).code_context)
    print(inspect.getlineno(inspect.currentframe()), tuple(inspect.getframeinfo(inspect.currentframe(), 0)))
    return [(f.function, f.lineno, f.code_context, f.index, os.path.basename(f.filename)) for f in inspect.stack()]

def caller():
    return where()
print(caller())
record = inspect.stack()[0]
print(record.function, record[2], record.positions.lineno == record.lineno, len(record), type(record).__name__)
print(isinstance(record, tuple), record._fields)

def fails():
    return 1 / 0
try:
    fails()
except ZeroDivisionError:
    for info in inspect.trace():
        print(info.function, info.lineno, info.code_context, info.index, info.positions)
    print([f.function for f in inspect.getinnerframes(sys.exc_info()[2], 0)])

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno)
def watch():
    yield inspect.getgeneratorstate(w)
w = watch()
print(next(w))
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame)

class Lazy:
    attr = 'class'
    def __getattr__(self, name):
        return 'dynamic ' + name
    @property
    def prop(self):
        raise RuntimeError('not run')
lazy = Lazy()
lazy.__dict__['attr'] = 'instance'
print(inspect.getattr_static(lazy, 'attr'), inspect.getattr_static(lazy, 'missing', 'default'))
print(type(inspect.getattr_static(lazy, 'prop')).__name__, type(inspect.getattr_static(Lazy, 'prop')).__name__)
print(inspect.getattr_static(Square, 'sides'), type(inspect.getattr_static(Square(1), 'side')).__name__)
try:
    inspect.getattr_static(lazy, 'missing')
except AttributeError as e:
    print('AttributeError', e)

def base(): pass
@functools.wraps(base)
def layer1(): pass
@functools.wraps(layer1)
def layer2(): pass
print(inspect.unwrap(layer2) is base, inspect.unwrap(layer2, stop=lambda f: f is layer1) is layer1)
loop = lambda: None
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0])
