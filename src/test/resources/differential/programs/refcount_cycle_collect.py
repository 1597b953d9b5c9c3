import gc, weakref, sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

a, b = Node("a"), Node("b")
a.other, b.other = b, a
r = weakref.ref(a)
del a, b
print("before collect", r() is not None)
n = gc.collect()
print("collected", n)
print("after collect", r())
print(sys.getrefcount(None) > 100)
