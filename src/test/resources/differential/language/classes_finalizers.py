class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("del", self.name)
r = Resource("a")
r = None
print("after rebinding")
def scope():
    local = Resource("b")
    print("leaving scope")
scope()
print("after scope")
items = [Resource("c"), Resource("d")]
del items[0]
print("after del item")
items.clear()
print("after clear")
x = Resource("e")
y = x
del x
print("still referenced")
del y
print("end")
class Noisy:
    def __del__(self):
        raise ValueError("raised in __del__")
n = Noisy()
del n
print("the error in __del__ was reported and ignored")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix resurrects once")
        saved.append(self)
p = Phoenix()
del p
print(len(saved), type(saved[0]).__name__)
saved.clear()
print("second death runs no __del__")
class Holder:
    def __init__(self, child):
        self.child = child
    def __del__(self):
        print("holder del, child still alive:", self.child.name)
h = Holder(Resource("child"))
del h
print("done")
