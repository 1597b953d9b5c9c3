# Reference counting, as sys.getrefcount shows it (what the GIL protects).
import sys


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)


a = Node("a")
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
holder = [a, a]
print(sys.getrefcount(a))
del holder
del b
print(sys.getrefcount(a))
a = None
print("a rebound")


def scope():
    n = Node("local")
    return 1


scope()
print("after scope()")
x = []
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
