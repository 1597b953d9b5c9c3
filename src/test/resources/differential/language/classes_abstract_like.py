class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    pass
print(Square(3).describe())
try:
    Circle().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
shapes = [Square(1), Square(2)]
print(sum(s.area() for s in shapes))
print([type(s).__name__ for s in shapes])
class Base:
    registry = {}
    def __init_subclass__(cls):
        Base.registry[cls.__name__.lower()] = cls
class Alpha(Base): pass
class Beta(Base): pass
print(sorted(Base.registry))
print(Base.registry["alpha"].__name__)
class A:
    def __init__(self):
        print("A init")
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D init")
        super().__init__()
D()
