# dataclasses: KW_ONLY, InitVar, ClassVar (also as strings), slots, make_dataclass, replace and the
# errors @dataclass, field() and the helper functions raise, compared with CPython 3.11.
import copy
import dataclasses as d
import typing
from dataclasses import dataclass, field, KW_ONLY, InitVar


def attempt(make):
    try:
        print('ok', make())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: dataclass(type('A', (), {'__annotations__': {'x': list}, 'x': []})))
attempt(lambda: field(default=1, default_factory=list))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'q'
f = F(1)
attempt(lambda: setattr(f, 'a', 2))
attempt(lambda: delattr(f, 'b'))
print(f, hash(f) == hash((1, 'q')), F(1) < F(2), F(1, 'a') >= F(1, 'b'), F.__doc__, F.__match_args__)
@dataclass
class K:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int
    w: InitVar[int] = 5
    c: typing.ClassVar[int] = 9
    def __post_init__(self, w): self.extra = w * 2
k = K(1, z=3)
print(k, k.extra, K.__doc__, K.__match_args__, [spec.name for spec in d.fields(K)])
attempt(lambda: K(1, 2, 3))
attempt(lambda: K())
print(d.replace(k, x=7), d.asdict(k), d.astuple(k))
@dataclass
class Node:
    v: int
    kids: list = field(default_factory=list)
n = Node(1)
n.kids.append(n)
print(n)  # the generated repr guards against recursion
n.kids.clear()  # the model has no cycle collector
print(Node.__hash__, Node(1) == Node(1), Node(1) == 1)
@dataclass(slots=True, frozen=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__, s.__getstate__(), copy.copy(s), hasattr(s, '__dict__'))
attempt(lambda: setattr(s, 'a', 3))
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: int = field(hash=False, default=0)
print(hash(U(1, 5)) == hash((1,)))
C = d.make_dataclass('C', ['a', ('b', int), ('c', int, field(default=4))], frozen=True)
print(C(1, 2), C.__doc__, d.is_dataclass(C), d.is_dataclass(C(1, 2)), d.is_dataclass(3))
attempt(lambda: d.make_dataclass('X', ['a', 'a']))
attempt(lambda: d.make_dataclass('X', ['class']))
attempt(lambda: d.make_dataclass('X', ['1a']))
attempt(lambda: d.make_dataclass('X', [('a', int, 1, 2)]))
attempt(lambda: d.fields(3))
attempt(lambda: d.asdict(3))
attempt(lambda: d.astuple(K))
attempt(lambda: d.replace(3))
@dataclass
class I:
    a: int
    b: int = field(init=False, default=3)
    iv: InitVar[int] = None
attempt(lambda: d.replace(I(1), b=4))
@dataclass
class I2:
    a: int
    iv: InitVar[int]
    def __post_init__(self, iv): pass
attempt(lambda: d.replace(I2(1, 2)))
attempt(lambda: dataclass(order=True, eq=False)(type('Z', (), {})))
attempt(lambda: dataclass(order=True)(type('Z', (), {'__lt__': lambda s, o: 1})))
attempt(lambda: dataclass(frozen=True)(type('Z', (), {'__setattr__': lambda s, o, v: 1})))
attempt(lambda: dataclass(unsafe_hash=True)(type('Z', (), {'__hash__': lambda s: 1})))
attempt(lambda: dataclass(type('Z', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1})))
attempt(lambda: dataclass(type('Z', (), {'q': field()})))
attempt(lambda: dataclass(type('Z', (), {'__annotations__': {'a': typing.ClassVar[int]}, 'a': field(default_factory=list)})))
attempt(lambda: dataclass(type('Z', (), {'__annotations__': {'a': typing.ClassVar[int]}, 'a': field(kw_only=True)})))
attempt(lambda: dataclass(type('Z', (), {'__annotations__': {'a': KW_ONLY, 'b': KW_ONLY}})))
attempt(lambda: dataclass(weakref_slot=True)(type('Z', (), {})))
attempt(lambda: dataclass(slots=True)(type('Z', (), {'__slots__': ()})))
attempt(lambda: dataclass(frozen=True)(type('Z', (K,), {})))
attempt(lambda: dataclass(type('Z', (F,), {})))
print(d.InitVar[typing.List[int]], d.KW_ONLY.__class__.__name__)
@dataclass
class Str:
    a: 'typing.ClassVar[int]' = 3
    b: 'InitVar[int]' = 4
    c: 'int' = 5
    def __post_init__(self, b): pass
print([spec.name for spec in d.fields(Str)], Str.__doc__, Str())
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class EQH:
    a: int
    def __eq__(self, o): return True
print(EQH.__hash__)
print(K.__init__.__annotations__, K.__init__.__qualname__, K.__repr__.__qualname__)
attempt(lambda: d.fields(K)[0].metadata['x'])
print(field(metadata={'u': 1}).metadata)
print(d.asdict(C(1, [Node(2)]), dict_factory=lambda kv: list(kv)))
