# __slots__ in subclasses of list, dict, str, int, float, tuple, set and frozenset: no __dict__ unless a
# class along the way lacks __slots__, named slots work, and int and tuple refuse non-empty ones.
def attempt(label, action):
    try:
        print(label, "->", action())
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


def set_x(obj):
    obj.x = 1
    return obj.x


def set_a(obj):
    obj.a = 5
    return obj.a


for base in (list, dict, str, int, float, tuple, set, frozenset):
    name = base.__name__
    Empty = type("Empty" + name, (base,), {"__slots__": ()})
    try:
        Named = type("Named" + name, (base,), {"__slots__": ("a",)})
    except TypeError as e:
        print(name, "named:", e)
        Named = None
    WithDict = type("Dict" + name, (base,), {})
    empty = Empty()
    attempt(name + " empty .x", lambda: set_x(empty))
    attempt(name + " empty hasattr __dict__", lambda: hasattr(empty, "__dict__"))
    attempt(name + " empty vars", lambda: vars(empty))
    if Named is not None:
        named = Named()
        attempt(name + " named .a", lambda: set_a(named))
        attempt(name + " named .x", lambda: set_x(named))
        attempt(name + " named hasattr __dict__", lambda: hasattr(named, "__dict__"))
        attempt(name + " del .a", lambda: delattr(named, "a"))
        attempt(name + " .a after del", lambda: named.a)
        attempt(name + " del .a again", lambda: delattr(named, "a"))
    with_dict = WithDict()
    attempt(name + " with __dict__", lambda: (set_x(with_dict), with_dict.__dict__)[1])

for base in (int, tuple, bytes):
    for slots in (("__dict__",), ("__weakref__",), ("a",), ()):
        attempt(base.__name__ + " slots " + repr(slots), lambda: type("X", (base,), {"__slots__": slots}).__name__)


class Counted(int):
    pass


attempt("subclass of an int subclass", lambda: type("Y", (Counted,), {"__slots__": ("a",)}))


class L(list):
    __slots__ = ()


items = L([1, 2])
items.append(3)
print(items, type(items).__name__, len(items), items[1:])


class D(dict):
    __slots__ = ("a",)


d = D(k=1)
d.a = 2
print(d, d.a, d["k"])
attempt("D().b", lambda: set_x(d))


class D2(D):
    pass


d2 = D2(z=0)
d2.x = 4
d2.a = 1
print(d2, d2.__dict__, d2.a)


class Tagged(str):
    __slots__ = ("tag",)

    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self


t = Tagged("hi", "T")
print(t, t.tag, t.upper(), t == "hi", {t: 1}["hi"])
attempt("Tagged.x", lambda: set_x(t))


class Point(tuple):
    __slots__ = ()

    @property
    def x(self):
        return self[0]


print(Point((3, 4)).x, Point((3, 4)))
attempt("Point.y", lambda: setattr(Point((1,)), "y", 2))
