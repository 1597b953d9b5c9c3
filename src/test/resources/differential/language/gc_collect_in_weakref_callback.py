# A weakref callback runs while its referent is being freed; a collection it starts (gc.collect(), or one
# its allocations make due) must not see the dying object, which CPython's dealloc untracks first.
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name
        self.parts = [name] * 3


collected = []


def on_death(ref):
    collected.append(gc.collect() >= 0)


resources = [Resource("r%d" % i) for i in range(5)]
refs = [weakref.ref(r, on_death) for r in resources]
resources.clear()
print(collected)

# the same through a WeakSet, whose callback removes the entry
alive = weakref.WeakSet()


class Tracked:
    def __init__(self):
        alive.add(self)

    def __del__(self):
        gc.collect()


items = [Tracked() for _ in range(4)]
print(len(alive))
del items
print(len(alive))
