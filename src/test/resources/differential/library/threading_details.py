# threading details: wait_for's first wait, automatic names, dummy threads, threading.local's messages
# and a thread's local data freed as the thread ends, a broken Barrier's repr, run() forgetting its target
import threading, _thread, functools

cond = threading.Condition()
calls = []
def never():
    calls.append(1)
    return False
with cond:
    # the first wait happens even with timeout=0: the predicate is asked twice
    print("wait_for(timeout=0):", cond.wait_for(never, timeout=0), len(calls))

# names: an empty or false name means an automatic one; a target without __name__ adds nothing
print([threading.Thread(name=n).name.startswith("Thread-") for n in ("", None, 0)], threading.Thread(name="0").name)
print(threading.Thread(target=functools.partial(print)).name.endswith(")"))
class Named:
    __name__ = "custom"
    def __call__(self):
        pass
print(threading.Thread(target=Named()).name.endswith(" (custom)"))

# run() drops its target and arguments once it has called them
t = threading.Thread(target=print, args=("target ran",))
t.start(); t.join()
print("target forgotten:", not hasattr(t, "_target"), not hasattr(t, "_args"))

# in a thread _thread started, current_thread() is a _DummyThread: a daemon, alive, not joinable
seen = []
done = threading.Event()
def foreign():
    me = threading.current_thread()
    seen.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon, me.is_alive(),
                 me in threading.enumerate(), me is threading.current_thread()))
    try:
        me.join()
    except AssertionError as e:
        seen.append(str(e))
    done.set()
_thread.start_new_thread(foreign, ())
done.wait()
print(seen)

# threading.local: a thread's data is freed when the thread ends
class Noisy:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("freed:", self.label)
data = threading.local()
def keep():
    data.obj = Noisy("the thread's object")
t = threading.Thread(target=keep); t.start(); t.join()
print("joined")
for action in (lambda: data.missing, lambda: delattr(data, "missing"), lambda: setattr(data, "__dict__", {}),
               lambda: delattr(data, "__dict__"), lambda: threading.local(1), lambda: threading.local(k=1)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(threading.local, repr(threading.local()).split(" at ")[0], [n for n in dir(data) if not n.startswith("__")])
data.x = 1
print([n for n in dir(data) if not n.startswith("__")], data.__dict__)

class Sub(threading.local):
    pass
try:
    Sub().missing
except AttributeError as e:
    print(e)

# a broken Barrier
b = threading.Barrier(2)
b.abort()
print(repr(b).split(":")[-1], b.n_waiting, b.broken)
b.reset()
print(repr(b).split(":")[-1], b.n_waiting, b.broken)

# a Thread cannot be made while threading.excepthook is None
saved = threading.excepthook
threading.excepthook = None
try:
    threading.Thread()
except RuntimeError as e:
    print(e)
threading.excepthook = saved
print("done")
