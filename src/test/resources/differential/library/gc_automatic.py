# The collector runs by itself as cycles pile up (gcmodule.c's thresholds), unless gc.disable() or
# set_threshold(0) says not to. When exactly it runs differs (the model's collections are all full
# ones), so this prints only what holds for both: that it ran, how often relative to the work, and what
# the switches change.
import gc


class Node:
    finalized = 0

    def __init__(self):
        self.partner = None

    def __del__(self):
        Node.finalized += 1


def make_cycles(n):
    for _ in range(n):
        a, b = Node(), Node()
        a.partner, b.partner = b, a


phases = []
gc.callbacks.append(lambda phase, info: phases.append(phase))

gc.collect()
Node.finalized = 0
make_cycles(20_000)
print("enabled: finalized before collect() > 0:", Node.finalized > 0)
print("and fewer than all:", Node.finalized < 40_000)
print("callbacks saw start and stop:", {"start", "stop"} <= set(phases))
print("collect() found the rest:", gc.collect() + Node.finalized >= 40_000)

gc.disable()
Node.finalized = 0
make_cycles(20_000)
print("disabled: finalized before collect():", Node.finalized, gc.isenabled())
print("collect() still works:", gc.collect() >= 40_000, Node.finalized)

gc.enable()
gc.set_threshold(0)
Node.finalized = 0
make_cycles(20_000)
print("threshold 0: finalized before collect():", Node.finalized, gc.get_threshold()[0])
gc.collect()
gc.set_threshold(700, 10, 10)
print(gc.get_threshold(), gc.isenabled())

# a collection started by allocation runs where Python code may run: a finalizer that allocates is fine
class Chatty:
    def __init__(self):
        self.me = self

    def __del__(self):
        log.append([self.__class__.__name__])


log = []
for _ in range(5_000):
    Chatty()
gc.collect()
print(len(log), log[0])
