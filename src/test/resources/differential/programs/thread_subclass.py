# Subclassing threading.Thread and overriding run(), as in many tutorials.
import threading


class SumThread(threading.Thread):
    def __init__(self, start, stop, name=None):
        super().__init__(name=name)
        self.range = range(start, stop)
        self.total = None

    def run(self):
        self.total = sum(x * x for x in self.range)

    def __repr__(self):
        return f"<SumThread {self.name} over {self.range}>"


threads = [SumThread(i * 1000, (i + 1) * 1000, name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for t in threads:
    print(t.name, t.total, t.is_alive())
print("grand total:", sum(t.total for t in threads))
print("check:", sum(x * x for x in range(4000)))
print(repr(threads[0]))
