class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def ro(self):
        return 1
t = Temp()
t.celsius = 20
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.ro = 3
except AttributeError as e:
    print(e)
try:
    del t.ro
except AttributeError as e:
    print(e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
p = property(lambda self: 42)
class Q:
    x = p
print(Q().x)
try:
    t.celsius
except AttributeError as e:
    print(e)
