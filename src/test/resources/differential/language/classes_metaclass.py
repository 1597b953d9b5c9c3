class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}
class Thing(metaclass=Meta, flag=True):
    def method(self):
        return 1
    def __init__(self, v):
        self.v = v
t = Thing(3)
print(t.v, Thing.created_by, Thing.injected, type(Thing).__name__)
class Sub(Thing):
    pass
print(type(Sub).__name__)
X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X().f(), X.__name__, X.__bases__)
print(type(3).__name__, type(type).__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(e)
try:
    type("a", 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
