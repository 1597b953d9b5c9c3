class C:
    shared = []
    x = 1
    def __init__(self):
        self.y = 2
c1, c2 = C(), C()
c1.shared.append(1)
print(c2.shared, C.shared)
c1.x = 10
print(c1.x, c2.x, C.x)
del c1.x
print(c1.x)
C.x = 5
print(c2.x)
print(sorted(vars(c1)), c1.__dict__, C.__name__, C.__qualname__, C.__module__)
print(type(c1) is C, c1.__class__ is C, isinstance(c1, object))
c1.__dict__["z"] = 3
print(c1.z)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__name__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, repr(f()).split(" at")[0])
print(C.__doc__, C.__init__.__name__)
class Doc:
    "docstring here"
print(Doc.__doc__)
try:
    C.nothing
except AttributeError as e:
    print(e)
try:
    c1.nothing
except AttributeError as e:
    print(e)
m = c1.__init__
print(m.__self__ is c1, m.__func__ is C.__init__, type(m).__name__)
print(C.__dict__["x"], "y" in C.__dict__, type(C.__dict__).__name__)
try:
    C.__dict__["q"] = 1
except TypeError as e:
    print(e)
