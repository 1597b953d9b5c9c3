# namedtuple: fields, defaults, _make/_replace/_asdict, rename, subclassing, and its errors
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=33), Point._make([1, 2]), Point._fields)
print(Point.__doc__, Point.__name__, Point.__module__, Point.x.__doc__, Point.__new__.__doc__)
print(p == (11, 22), hash(p) == hash((11, 22)), isinstance(p, tuple), len(p), list(p), p + (3,))
x, y = p
print(x, y, p.count(11), p.index(22), {p: 'point'}[Point(11, 22)], sorted([Point(2, 1), Point(1, 2)]))
try:
    p.x = 0
except AttributeError as e:
    print('AttributeError:', e)
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1])]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)

Account = namedtuple('Account', 'owner balance currency', defaults=[0, 'EUR'])
print(Account('ann'), Account('bob', 5), Account._field_defaults, Account.__new__.__defaults__)
Renamed = namedtuple('Renamed', 'abc def _x abc ok', rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
for args in [('1x', 'a'), ('X', 'class'), ('X', '_a'), ('X', 'a a'), ('X', 'a-b')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    namedtuple('X', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError:', e)

class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Vector: x=%6.3f  y=%6.3f  norm=%6.3f' % (self.x, self.y, self.norm)

v = Vector(3, 4)
print(v, repr(v), v._replace(y=0), type(v._replace(y=0)).__name__)
Single = namedtuple('Single', 'only')
print(Single(1), Single._make('a'), Single.__match_args__, namedtuple('Empty', '')())
Point3 = namedtuple('Point3', Point._fields + ('z',), module='geometry')
print(Point3(1, 2, 3), Point3.__module__)
