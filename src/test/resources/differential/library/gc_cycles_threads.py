"""Cycles made by worker threads, collected by the main thread once they end, and a collection
requested from a worker while the others wait: the collector sees every thread's containers."""
import gc
import threading
import weakref


class Job:
    freed = 0
    lock = threading.Lock()

    def __init__(self, n):
        self.n = n
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)

    def __del__(self):
        with Job.lock:
            Job.freed += 1


gc.disable()  # collections only when asked, as the model: the counts are then exact
refs = []
refs_lock = threading.Lock()


def build(count):
    for i in range(count):
        root = Job(i)
        for j in range(3):
            root.add(Job(j))
        with refs_lock:
            refs.append(weakref.ref(root))


workers = [threading.Thread(target=build, args=(50,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
alive = sum(1 for r in refs if r() is not None)
print("alive before", alive)
found = gc.collect()
print("found", found, "freed by __del__", Job.freed)
print("alive after", sum(1 for r in refs if r() is not None))

# a worker collects while the main thread waits for it
ready = threading.Event()
result = []


def collector():
    ready.wait()
    result.append(gc.collect())


t = threading.Thread(target=collector)
t.start()
a = []
a.append(a)
ra = weakref.ref(a) if False else None
del a
ready.set()
t.join()
print("collected by a worker", result)

# objects that survive stay intact
survivor = Job("s")
survivor.add(Job("c"))
print(gc.collect(), survivor.children[0].parent is survivor)
