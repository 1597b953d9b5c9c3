# abc: ABCMeta's abstract method bookkeeping, register() and its errors, __subclasshook__ (and its
# assertion), the caches and their invalidation token, __class__ versus type() in isinstance.
import abc, io, re
def clean(x): return re.sub(r'0x[0-9a-f]+', 'ADDR', str(x))
def t(f):
    try: print(clean(f()))
    except Exception as e: print(type(e).__name__, clean(e))
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
t(lambda: issubclass(1, A)); t(lambda: A.register(1)); t(lambda: A.register(A))
class B(A):
    def f(self): pass
t(lambda: B.register(A)); t(lambda: A.register(B)); t(lambda: A()); t(lambda: B()); t(lambda: sorted(B.__abstractmethods__))
class H(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
t(lambda: issubclass(int, H))
t(lambda: (abc.ABC.__slots__, list(abc.ABC.__dict__.keys()), list(A.__dict__.keys()), abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__isabstractmethod__))
t(lambda: isinstance(1, A)); t(lambda: abc.ABCMeta('X', (), {}, extra=1)); t(lambda: type(abc.get_cache_token()))
t(lambda: abc.update_abstractmethods(int))
class V: pass
tok = abc.get_cache_token()
t(lambda: (issubclass(V, A), isinstance(V(), A)))
t(lambda: A.register(V)); t(lambda: (issubclass(V, A), isinstance(V(), A), abc.get_cache_token() - tok, issubclass(V, B)))
class W(V): pass
t(lambda: (issubclass(W, A), issubclass(bool, A), isinstance(True, A)))
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized: return any('__len__' in k.__dict__ for k in C.__mro__) or NotImplemented
        return NotImplemented
t(lambda: (issubclass(list, Sized), isinstance(3, Sized), issubclass(int, Sized)))
class C2:
    @property
    def __class__(self): return list
t(lambda: isinstance(C2(), Sized))
class P(abc.ABC):
    @abc.abstractmethod
    def plain(self): pass
    @property
    @abc.abstractmethod
    def pr2(self): pass
t(lambda: sorted(P.__abstractmethods__)); t(lambda: P())
class Q(P):
    plain = lambda self: 1
t(lambda: sorted(Q.__abstractmethods__))
Q.pr2 = 5; t(lambda: sorted(abc.update_abstractmethods(Q).__abstractmethods__)); t(lambda: Q().pr2)
class R(metaclass=abc.ABCMeta): pass
t(lambda: (R(), type(R).__name__, R.__abstractmethods__))
A._abc_caches_clear(); A._abc_registry_clear(); t(lambda: issubclass(V, A))
t(lambda: (abc.ABCMeta.__doc__ is not None, A._abc_impl.__class__.__name__ if False else ''))
class M(abc.ABCMeta):
    def __new__(m, name, bases, ns, flag=0): c = super().__new__(m, name, bases, ns); c.flag = flag; return c
class U(metaclass=M, flag=7): pass
t(lambda: U.flag)
t(lambda: issubclass(dict, abc.ABC))
import collections.abc as cabc
t(lambda: (isinstance([], cabc.Sequence), issubclass(dict, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable)))
