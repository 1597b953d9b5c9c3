# A class whose __slots__ leave out '__weakref__' has instances weakref.ref refuses (type_new's add_weak),
# unless a base already gave them a weak reference list; threading.local's instances take them.
import threading
import weakref


def try_ref(obj):
    try:
        ref = weakref.ref(obj)
        return 'ok' if ref() is obj else 'dead'
    except TypeError as e:
        return 'TypeError: %s' % e


class Point:
    __slots__ = ('x', 'y')


class Weakly:
    __slots__ = ('x', '__weakref__')


class Plain:
    pass


class SlottedOverPlain(Plain):
    __slots__ = ('z',)


class SlottedOverWeakly(Weakly):
    __slots__ = ('z',)


class DictOverPoint(Point):
    pass


class EmptySlots:
    __slots__ = ()


class WithDictSlot:
    __slots__ = ('__dict__',)


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


for cls in [Point, Weakly, Plain, SlottedOverPlain, SlottedOverWeakly, DictOverPoint, EmptySlots, WithDictSlot]:
    print(cls.__name__, try_ref(cls()))
print(try_ref(MyInt(3)), try_ref(MyTuple()), try_ref(MyList()), try_ref(MyStr('s')))
print('local', try_ref(threading.local()))


class Registry:
    """The usual use: a cache of live workers that must not keep them alive."""

    def __init__(self):
        self.live = weakref.WeakValueDictionary()

    def add(self, name, worker):
        try:
            self.live[name] = worker
        except TypeError as e:
            print('cannot register', name, '-', e)


class Worker:
    __slots__ = ('name', '__weakref__')

    def __init__(self, name):
        self.name = name


class Job:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name


registry = Registry()
w = Worker('w1')
registry.add('w1', w)
registry.add('j1', Job('j1'))
print(sorted(registry.live))
del w
print(sorted(registry.live))
try:
    weakref.WeakSet().add(Point())
except TypeError as e:
    print('WeakSet:', e)
try:
    weakref.finalize(Point(), print, 'never')
except TypeError as e:
    print('finalize:', e)
print(hasattr(Point(), '__weakref__'), Weakly().__weakref__ is None)
p = Plain()
first = weakref.ref(p)
second = weakref.ref(p, lambda r: None)
print(p.__weakref__ is first, Plain.__weakref__.__name__, '__weakref__' in SlottedOverPlain.__dict__, '__weakref__' in Weakly.__dict__)
