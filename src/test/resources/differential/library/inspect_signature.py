# inspect.signature: str() of every parameter kind, defaults and annotations (strings too), bind and
# bind_partial with their TypeErrors, apply_defaults, replace, partial, wrapped, methods and classes
import functools
import inspect
from inspect import Parameter, Signature
from typing import List, Optional, TypeVar

T = TypeVar('T')


def plain(a, b=1, *args, c, d=2, **kw) -> int: pass
def posonly(a, b=2, /, c=3, *, d, e=5): pass
def annotated(x: int, y: 'str' = 'hi', *rest: float, z: Optional[List[int]] = None, **kw: dict) -> 'Box': pass
def generic(item: T, items: list[int], kind: type = int) -> None: pass
def nothing(): pass
def only_kw(*, a, b=[1, 2]): pass
lam = lambda x, *y, **z: None

for f in (plain, posonly, annotated, generic, nothing, only_kw, lam):
    sig = inspect.signature(f)
    print(f.__name__, sig, repr(sig))
    for name, p in sig.parameters.items():
        print('   ', name, repr(p), p.kind, p.kind.description, int(p.kind), p.default is p.empty,
              p.annotation is Parameter.empty)
    print('    return:', sig.return_annotation is Signature.empty, list(sig.parameters))

print(inspect.signature(plain).parameters['a'].kind is Parameter.POSITIONAL_OR_KEYWORD)
print(repr(Parameter.KEYWORD_ONLY), str(Parameter.VAR_KEYWORD), Parameter.empty, inspect._empty)

# bind, bind_partial, the BoundArguments
sig = inspect.signature(plain)
cases = [((1,), {'c': 3}), ((1, 2, 3, 4), {'c': 5, 'x': 6}), ((), {'a': 1, 'c': 2}), ((1,), {}),
         ((1,), {'a': 2, 'c': 3}), ((), {'b': 1})]
for args, kwargs in cases:
    for method in (sig.bind, sig.bind_partial):
        try:
            ba = method(*args, **kwargs)
            print(method.__name__, ba, ba.args, ba.kwargs, ba.arguments)
            ba.apply_defaults()
            print('   defaults', ba, ba.args, ba.kwargs)
        except TypeError as e:
            print(method.__name__, 'TypeError:', e)

sig = inspect.signature(posonly)
for args, kwargs in [((1,), {'d': 4}), ((), {'a': 1, 'd': 4}), ((1, 2, 3, 4), {}), ((1,), {'d': 1, 'f': 2}),
                     ((1, 2), {'c': 1, 'd': 2}), ((1,), {'b': 2, 'd': 3}), ((), {})]:
    for method in (sig.bind, sig.bind_partial):
        try:
            print(method.__name__, method(*args, **kwargs))
        except TypeError as e:
            print(method.__name__, 'TypeError:', e)

def g(a, b, /, **kw): pass
for args, kwargs in [((1, 2), {'a': 3}), ((1,), {'b': 2}), ((1, 2, 3), {})]:
    try:
        print(inspect.signature(g).bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
ba = inspect.signature(plain).bind(1, c=2)
print(ba == inspect.signature(plain).bind(1, c=2), ba.signature is not None)

# building signatures by hand, their checks, replace, equality
params = [Parameter('x', Parameter.POSITIONAL_ONLY), Parameter('y', Parameter.POSITIONAL_OR_KEYWORD, default=None),
          Parameter('z', Parameter.KEYWORD_ONLY, annotation=int)]
made = Signature(params, return_annotation=str)
print(made, made.replace(return_annotation=Signature.empty), made.replace(parameters=params[1:]))
print(params[0].replace(name='w', kind=Parameter.VAR_POSITIONAL), params[2].replace(default=3))
print(made == Signature(params, return_annotation=str), made != Signature(params), hash(made) == hash(Signature(params, return_annotation=str)))
bad = [
    lambda: Signature([params[1], params[0]]),
    lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]),
    lambda: Signature([params[0], params[0]]),
    lambda: Parameter('a', 7),
    lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1),
    lambda: Parameter('class', Parameter.KEYWORD_ONLY),
    lambda: Parameter('1x', Parameter.KEYWORD_ONLY),
    lambda: Parameter(3, Parameter.KEYWORD_ONLY),
    lambda: Parameter('.0', Parameter.KEYWORD_ONLY),
]
for make in bad:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Parameter('.0', Parameter.POSITIONAL_OR_KEYWORD))

# callables of every kind
class Box:
    def __init__(self, item: T, size: int = 1): pass
    def method(self, a, *, b=2): pass
    @classmethod
    def make(cls, item): pass
    @staticmethod
    def helper(x, y=3): pass
    def __call__(self, q, /): pass

class Made:
    def __new__(cls, a, b=2): return super().__new__(cls)

class Meta(type):
    def __call__(cls, key, value=None): pass

class WithMeta(metaclass=Meta): pass
class Empty: pass
class Sub(Box): pass

for obj in (Box, Box.__init__, Box.method, Box(1).method, Box.make, Box.helper, Box(1), Made, WithMeta, Empty, Sub):
    print(inspect.signature(obj))

def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@deco
def wrapped(a, b: int = 2): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(functools.partial(plain, 1, c=3)), inspect.signature(functools.partial(posonly, 1, 2)))
print(inspect.signature(functools.partial(plain, b=5)))
try:
    inspect.signature(functools.partial(posonly, e=1, f=2))
except ValueError as e:
    print('ValueError:', str(e).split(' at 0x')[0])

def explicit(): pass
explicit.__signature__ = Signature([Parameter('only', Parameter.POSITIONAL_ONLY)])
print(inspect.signature(explicit))

for obj in (1, 'text'):
    try:
        inspect.signature(obj)
    except TypeError as e:
        print('TypeError:', e)
for obj in (int, dict):
    try:
        inspect.signature(obj)
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0])

print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(posonly))
print(inspect.getfullargspec(Box(1).method))
try:
    inspect.getfullargspec(1)
except TypeError as e:
    print('TypeError:', e)

print(inspect.getcallargs(plain, 1, 2, 3, c=4, e=5))
print(sorted(inspect.getcallargs(Box(1).method, 1)))
def three(a, b, c=3, *, d): pass
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4), {'d': 1}), ((1, 2), {}), ((1, 2), {'d': 1, 'x': 2}),
                     ((1, 2), {'a': 1, 'd': 4})]:
    try:
        print(inspect.getcallargs(three, *args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=False)['y'])

def evaluated(a: 'int', b: 'List[int]') -> 'str': pass
print(inspect.signature(evaluated), inspect.signature(evaluated, eval_str=True))
