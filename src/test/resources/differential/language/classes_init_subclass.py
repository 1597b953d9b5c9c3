class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)
class A(Plugin, tag="a"):
    pass
class B(A):
    pass
print(Plugin.registry, A.tag, B.tag)
try:
    class C(Plugin, unknown=1, tag="c"):
        pass
except TypeError as e:
    print(e)
class D:
    pass
try:
    class E(D, flavour=1):
        pass
except TypeError as e:
    print(e)
