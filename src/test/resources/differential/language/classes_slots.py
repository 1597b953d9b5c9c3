class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(e)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 9
print(q.x, q.y, q.z)
class Loose(Point):
    pass
l = Loose(3, 4)
l.w = 5
print(l.__dict__)
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only)
print(type(Point.x).__name__)
try:
    class Clash:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
