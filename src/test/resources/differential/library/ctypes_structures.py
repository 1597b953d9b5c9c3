# Structure and Union: layout, fields, nesting, packing, and structs filled in by libc.
from ctypes import *


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class Rect(Structure):
    _fields_ = [("topleft", Point), ("bottomright", Point), ("name", c_char * 6), ("tag", c_char)]


class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short), ("i", c_int), ("b", c_bool)]


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]


class Number(Union):
    _fields_ = [("i", c_int), ("f", c_float), ("raw", c_ubyte * 4)]


print(Point.x, Point.y, Rect.name, Rect.tag, Point.x.offset, Point.y.size)
for cls in (Point, Rect, Mixed, Packed, Number):
    print(cls.__name__, sizeof(cls), alignment(cls), [(f[0], getattr(cls, f[0]).offset) for f in cls._fields_])
print(type(Point).__name__, type(Number).__name__, Point.__mro__, type(Point.x).__name__)

p = Point(1, 2)
print(p.x, p.y, Point(y=5).y, Point().x)
p.x += 10
print(p.x, bytes(string_at(addressof(p), 8)))
r = Rect(Point(1, 2), Point(3, 4), b"box")
print(r.topleft.x, r.bottomright.y, r.name, r.tag)
r.topleft.y = 20
tl = r.topleft
tl.x = 10
print(r.topleft.x, r.topleft.y, type(r.topleft).__name__)
r.bottomright = Point(30, 40)
r.name = b"square"
print(r.bottomright.x, r.name, sizeof(r.name) if False else len(Rect.name.__class__.__name__))

n = Number()
n.f = 1.0
print(n.i, list(n.raw))
n.i = 0x01020304
print(list(n.raw), n.raw[0])

m = Mixed(b"c", 2.5, 3, -4, True)
print(m.c, m.d, m.s, m.i, m.b)


class Point3(Point):
    _fields_ = [("z", c_int)]


print(sizeof(Point3), Point3(1, 2, 3).z, Point3.z.offset)
pts = (Point * 3)(Point(1, 2), Point(3, 4))
print([(q.x, q.y) for q in pts], sizeof(pts))
pp = pointer(pts[1])
pp.contents.x = 33
print(pts[1].x, pp[0].y)


class Node(Structure):
    pass


Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
second = Node(2)
first = Node(1, pointer(second))
print(first.next.contents.value, bool(second.next), sizeof(Node))

for make in (lambda: Point(1, 2, 3), lambda: Point(x="s"), lambda: setattr(p, "x", 1.5),
             lambda: setattr(r, "topleft", 5), lambda: Point.from_param(5)):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)

# struct tm filled in by gmtime_r
class tm(Structure):
    _fields_ = [("tm_sec", c_int), ("tm_min", c_int), ("tm_hour", c_int), ("tm_mday", c_int), ("tm_mon", c_int),
                ("tm_year", c_int), ("tm_wday", c_int), ("tm_yday", c_int), ("tm_isdst", c_int),
                ("tm_gmtoff", c_long), ("tm_zone", c_char_p)]


libc = CDLL(None)
libc.gmtime_r.argtypes = [POINTER(c_long), POINTER(tm)]
libc.gmtime_r.restype = POINTER(tm)
when = c_long(1700000000)
out = tm()
result = libc.gmtime_r(byref(when), byref(out))
print(out.tm_year + 1900, out.tm_mon + 1, out.tm_mday, out.tm_hour, out.tm_min, out.tm_sec, out.tm_wday, out.tm_yday)
print(result.contents.tm_year, addressof(result.contents) == addressof(out), out.tm_zone)
buf = create_string_buffer(32)
libc.strftime(buf, 32, b"%Y-%m-%d %H:%M", byref(out))
print(buf.value)

div_t = type("div_t", (Structure,), {"_fields_": [("quot", c_int), ("rem", c_int)]})
print(sizeof(div_t), div_t(7, 3).rem)
