# Subclasses of property, classmethod and staticmethod: instances are of the subclass, see its class
# attributes, keep a __dict__, and may override __init__, __get__, __set__ and __set_name__.
import abc


def getter(self):
    "getter doc"
    return "got"


def other(self):
    "other doc"
    return "other"


class Tagged(property):
    tag = "prop-tag"


p = Tagged(getter)
print(type(p).__name__, p.tag, isinstance(p, property), type(p).__mro__[1].__name__)
print(vars(p), p.__doc__)
p.extra = 1
print(sorted(vars(p)))
print(repr(p).startswith("<__main__.Tagged object at"), repr(property()).startswith("<property object at"))


class Holder:
    value = Tagged(getter)
    explicit = Tagged(getter, doc="explicit")


print(Holder().value, Holder.value.tag, Holder.explicit.__doc__, vars(Holder.explicit))

# @x.setter copies through type(self)(fget, fset, fdel, doc)
copy = p.setter(lambda self, v: None)
print(type(copy).__name__, vars(copy), copy.__doc__)
print(vars(p.getter(other)), p.getter(other).__doc__)
print(property(getter).getter(other).__doc__, property(getter, doc="kept").getter(other).__doc__)
plain = property(getter)
plain.__doc__ = "changed"
print(plain.__doc__, plain.setter(other).__doc__)


class WithInit(property):
    def __init__(self, fget, label):
        super().__init__(fget)
        self.label = label


class Labelled:
    x = WithInit(getter, "the x")


print(Labelled.x.label, Labelled().x, vars(Labelled.x))


class classproperty(property):
    def __get__(self, obj, owner=None):
        return self.fget(owner)


class Config:
    @classproperty
    def name(cls):
        return cls.__name__


print(Config.name, Config().name)


class Loud(property):
    def __set__(self, obj, value):
        print("set", value)

    def __set_name__(self, owner, name):
        print("named", owner.__name__, name)
        super().__set_name__(owner, name)


class Target:
    v = Loud(getter)


t = Target()
t.v = 3
print(t.v)
try:
    del t.v
except AttributeError as e:
    print(e)

empty = property.__new__(property)
print(empty.fget, empty.__doc__)
empty.__init__(getter)
print(empty.fget is getter, empty.__doc__)


class Counted(classmethod):
    tag = "cm-tag"


class Still(staticmethod):
    tag = "sm-tag"


def kind(cls):
    "kind doc"
    return cls.__name__


c = Counted(kind)
s = Still(len)
print(type(c).__name__, c.tag, type(s).__name__, s.tag, c.__func__ is kind, c.__wrapped__ is kind)
print(repr(c).startswith("<classmethod(<function kind"), repr(s))
print(vars(c))
c.note = "n"
print(sorted(vars(c)))


class Uses:
    f = c
    g = s


print(Uses.f(), Uses().f(), Uses.g("abc"), Uses().g([1, 2]))


class Named(classmethod):
    def __init__(self, f, label):
        super().__init__(f)
        self.label = label


n = Named(kind, "lbl")
print(n.label, vars(n))
print(vars(classmethod(kind)), vars(staticmethod(kind)))
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    staticmethod(kind, kind)
except TypeError as e:
    print(e)
try:
    classmethod(f=kind)
except TypeError as e:
    print(e)


class Implicit:
    def __init_subclass__(cls):
        pass


print(vars(Implicit.__dict__["__init_subclass__"]))


# the deprecated abc decorators are such subclasses, and mark the ABC abstract
class Shape(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        pass

    @abc.abstractstaticmethod
    def check():
        pass

    @abc.abstractproperty
    def area(self):
        pass


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)


class Stacked(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def build(cls):
        pass

    @staticmethod
    @abc.abstractmethod
    def helper():
        pass


print(sorted(Stacked.__abstractmethods__))
print(staticmethod(kind).__isabstractmethod__, Shape.__dict__["make"].__isabstractmethod__)


class Square(Shape):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def check():
        return True

    @property
    def area(self):
        return 4


print(Square.make().area, Square.check())
