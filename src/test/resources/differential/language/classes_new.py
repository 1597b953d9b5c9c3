class Singleton:
    _inst = None
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
print(Other())
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), ml, type(ml[:2]).__name__, len(ml))
class TakesNothing:
    pass
try:
    TakesNothing(1)
except TypeError as e:
    print(e)
class InitOnly:
    def __init__(self):
        pass
try:
    InitOnly(1)
except TypeError as e:
    print(e)
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(e)
