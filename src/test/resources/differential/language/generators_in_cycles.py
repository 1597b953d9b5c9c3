# A suspended generator is a container the cycle collector looks into, as in CPython: a cycle through
# its frame's locals (or arguments) is freed by gc.collect(), the generator closed (its finally runs).
import gc
import weakref


class Node:
    def __del__(self):
        print("node freed")


def walker(node):
    try:
        yield node
        yield "more"
    finally:
        print("walker closed")


node = Node()
node.walk = walker(node)
next(node.walk)
alive = weakref.ref(node)
del node
print("before collect:", alive() is not None)
gc.collect()
print("after collect:", alive())


def holder():
    me = yield
    yield me


gen = holder()
next(gen)
gen.send(gen)  # the generator's frame now refers to the generator itself
ref = weakref.ref(gen)
del gen
gc.collect()
print("self-referring generator:", ref())
print("tracked:", gc.is_tracked(holder()))
