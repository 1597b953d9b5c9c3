# The descriptors of slots and of built-in attributes name themselves (descrobject.c's __name__,
# __qualname__, __objclass__), and types.SimpleNamespace, a C type, shows no helper of its own in
# dir() and takes no weak reference.
import inspect
import types
import weakref


class Point:
    __slots__ = ('x', 'y')


class Outer:
    class Inner:
        __slots__ = ('value',)


class Plain:
    pass


for member in [Point.x, Point.y, Outer.Inner.value]:
    print(repr(member), member.__name__, member.__qualname__, member.__objclass__, member.__doc__,
          inspect.ismemberdescriptor(member), inspect.isdatadescriptor(member))
for getset in [type.__dict__['__name__'], Plain.__dict__['__dict__'], Plain.__dict__['__weakref__']]:
    print(getset.__name__, getset.__qualname__, getset.__doc__, inspect.isgetsetdescriptor(getset))
slot_names = [name for name, value in vars(Point).items() if inspect.ismemberdescriptor(value)]
print(slot_names, [getattr(Point, n).__name__ for n in slot_names])

ns = types.SimpleNamespace(a=1, b=2)
print([name for name in dir(ns) if not name.startswith('__')], [n for n in dir(types.SimpleNamespace) if n.startswith('_') and not n.startswith('__')])
try:
    weakref.ref(ns)
except TypeError as e:
    print('TypeError', e)


class Config(types.SimpleNamespace):
    pass


cfg = Config(debug=True)
print(weakref.ref(cfg)() is cfg, cfg, cfg == Config(debug=True), ns == types.SimpleNamespace(b=2, a=1))
try:
    ns < ns
except TypeError as e:
    print('TypeError', e)
