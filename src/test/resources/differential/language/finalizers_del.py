"""__del__ runs when the last reference goes, as CPython's reference counting runs it."""
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Tracked("a")
b = a
del a
print("a deleted, b still refers")
b = None
print("after b = None")

items = [Tracked("x"), Tracked("y")]
items.pop()
print("popped")
del items
print("list gone")


def make():
    t = Tracked("local")
    print("leaving make")


make()
print("after make()")


class Failing:
    def __del__(self):
        raise ValueError("cannot clean up")


f = Failing()
del f
print("the exception was reported, not raised")

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix rises once")
        saved.append(self)


p = Phoenix()
del p
print("resurrected:", len(saved), type(saved[0]).__name__)
saved.clear()
print("second death runs no __del__")


class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)


class Derived(Base):
    pass


Derived()
print(sys.getrefcount(Tracked("temp")))
print("end")
