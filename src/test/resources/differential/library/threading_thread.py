# threading.Thread: names, arguments, daemon inheritance, identity, join, repr, subclasses, misuse
import threading

def work(*args, **kwargs):
    print("work", args, sorted(kwargs.items()), threading.current_thread().name)

# the target and its arguments: args may be any sequence, kwargs any mapping
for args in [(1, 2), [3, 4], range(2), "ab"]:
    t = threading.Thread(target=work, args=args, kwargs={"k": 1})
    t.start()
    t.join()

# names: Thread-N (target) when none is given, numbered across every unnamed thread
t = threading.Thread(target=work)
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"))
print(threading.Thread(target=lambda: None).name.endswith(" (<lambda>)"))
print(threading.Thread(name="worker-7").name, threading.Thread(name=42).name)
t.name = "renamed"
t.start()
t.join()

class Callable:
    def __call__(self):
        print("callable object ran in", threading.current_thread().name)
c = threading.Thread(target=Callable(), name="C")
c.start(); c.join()
print(threading.Thread(target=Callable()).name.count("("))

# repr and state through the thread's life
gate = threading.Event()
t = threading.Thread(target=gate.wait, name="gated")
print(repr(t), t.is_alive(), t.ident, t.native_id)
t.start()
print(repr(t).startswith("<Thread(gated, started "), t.is_alive())
print(type(t.ident) is int, type(t.native_id) is int, t.ident != threading.get_ident())
t.join(timeout=0.01)
print("after join(timeout):", t.is_alive())
t.join(timeout=-1)
print("after join(-1):", t.is_alive())
gate.set()
t.join()
print(repr(t).startswith("<Thread(gated, stopped "), t.is_alive())

# daemon: given, inherited from the creating thread, fixed once started
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)
def child_daemon():
    print("child of daemon is daemon:", threading.Thread().daemon)
d = threading.Thread(target=child_daemon, daemon=True)
print(repr(d))
d.start(); d.join()
print(repr(d).startswith("<Thread(Thread-") and "stopped daemon" in repr(d))
for action in [lambda: setattr(d, "daemon", False), d.start, lambda: threading.Thread().join(),
               lambda: threading.current_thread().join(), lambda: threading.Thread(group=1)]:
    try:
        action()
    except (RuntimeError, AssertionError) as e:
        print(type(e).__name__, e)

# a subclass overriding run, with its own __init__
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
c = Counter(100)
c.start(); c.join()
print(c.name, c.total, c.is_alive())

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print(e)

# start() returns once the new thread runs: its ident is set and it is in enumerate()
t = threading.Thread(target=gate.wait)
t.start()
print(t.ident is not None, t in threading.enumerate(), t.is_alive())
t.join()
