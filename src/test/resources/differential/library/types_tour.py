# types: the type objects named after what they are the types of, SimpleNamespace, dynamic class creation
# (new_class, prepare_class, resolve_bases with __mro_entries__) and DynamicClassAttribute, as CPython's.
import types, sys
names = sorted(n for n in types.__all__ if "oroutine" not in n and "Async" not in n)
print(names)
def f(): pass
print(types.FunctionType is type(f), types.LambdaType, types.MethodType, types.ModuleType, types.GeneratorType, types.MappingProxyType)
print(types.BuiltinFunctionType, types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.CellType, types.TracebackType, types.FrameType, types.CodeType)
n = types.SimpleNamespace(b=1, a='x')
n.self = n
print(n, repr(types.SimpleNamespace()), n.a, vars(n).keys())
class S(types.SimpleNamespace): pass
print(S(q=1), S(q=1) == types.SimpleNamespace(q=1), types.SimpleNamespace(q=1) == S(q=1), types.SimpleNamespace(a=1) == 1)
print(types.SimpleNamespace(a=[1]) != types.SimpleNamespace(a=[1]), types.SimpleNamespace.__module__, types.SimpleNamespace)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta" + str(kw)
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
Base = types.new_class("Base", (), {"metaclass": Meta, "flag": 1}, lambda ns: ns.update({"hello": lambda self: "hi"}))
print(Base.__name__, type(Base), Base.made_by, Base.prepared, Base().hello())
print(types.prepare_class("X", (Base,)), types.resolve_bases((int, str)))
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Entry(), int)))
D = types.new_class("D", (Entry(),))
print(D.__name__, D.__mro__[1:], D.__orig_bases__[0].__class__.__name__)
class A:
    def __init__(self): self._v = 5
    @types.DynamicClassAttribute
    def v(self):
        "the v"
        return self._v
    def __getattr__(self, name): return "getattr " + name
print(A().v, A.__dict__["v"].__doc__, isinstance(A.__dict__["v"], property))
try:
    A.v
except AttributeError as e:
    print("AttributeError", repr(e))
mp = A.__dict__
print(type(mp) is types.MappingProxyType, mp["v"] is A.__dict__["v"], "v" in mp)
