"""What runs as the program ends (Py_FinalizeEx): atexit callbacks, then the finalizers of what only
the main module's globals keep alive, cycles included, in the order the objects were made."""
import atexit
import threading


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


first = Resource("first")
second = Resource("second")
later, earlier = second, first   # the dict's order is not the order they were made
del first, second

ring = Resource("ring")
ring.next = Resource("ring member")
ring.next.next = ring

pool = [Resource("pooled %d" % i) for i in range(3)]
counter = {"hits": 0}

lock = threading.Lock()
worker = threading.Thread(target=lambda: counter.update(hits=1))
worker.start()
worker.join()

atexit.register(lambda: print("atexit runs first"))
print("main body done", counter)
