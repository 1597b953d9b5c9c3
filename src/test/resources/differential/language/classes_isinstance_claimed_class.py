# isinstance falls back to the class an object claims through __class__ (object_isinstance); issubclass
# does not, and metaclasses' __instancecheck__ and __subclasscheck__ still decide for their classes.
class P:
    __class__ = property(lambda s: int)
p = P()
print(isinstance(p, int), isinstance(p, P), isinstance(p, (str, int)), isinstance(p, str), type(p).__name__, p.__class__)
print(issubclass(P, int))
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
print(isinstance(Proxy([]), list), isinstance(Proxy([]), Proxy), isinstance(Proxy(3), bool))
class Weird:
    __class__ = property(lambda s: 42)
print(isinstance(Weird(), int))
class Raising:
    @property
    def __class__(self): raise AttributeError('no')
print(isinstance(Raising(), int), isinstance(Raising(), Raising))
class Meta(type):
    def __instancecheck__(cls, inst):
        print('check', cls.__name__, type(inst).__name__)
        return inst == 'yes'
    def __subclasscheck__(cls, sub):
        print('subcheck', cls.__name__, sub.__name__)
        return sub is int
class M(metaclass=Meta): pass
print(isinstance('yes', M), isinstance('no', M), issubclass(int, M), issubclass(str, M))
print(type.__instancecheck__(int, p), type.__instancecheck__(str, p))
class Meta2(type):
    def __instancecheck__(cls, inst):
        return super().__instancecheck__(inst)
class N(metaclass=Meta2): pass
class NP:
    __class__ = property(lambda s: N)
print(isinstance(NP(), N), isinstance(3, N))
import abc
class AB(abc.ABC): pass
class ABP:
    __class__ = property(lambda s: AB)
print(isinstance(ABP(), AB))
