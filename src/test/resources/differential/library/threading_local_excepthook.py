# threading.local (a subclass's __init__ per thread, properties, methods) and excepthook (default,
# replaced by the program, failing, SystemExit)
import threading, sys

data = threading.local()
data.x = "main"
def show():
    print("before:", hasattr(data, "x"))
    data.x = "thread"
    print("in thread:", data.x, sorted(data.__dict__))
t = threading.Thread(target=show); t.start(); t.join()
print("main still sees:", data.x)
del data.x
print("deleted:", hasattr(data, "x"))
try:
    del data.missing
except AttributeError as e:
    print("AttributeError:", "'missing'" in str(e))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

class Settings(threading.local):
    inits = 0
    def __init__(self, level):
        Settings.inits += 1
        self.level = level
        self._name = "unnamed"
    @property
    def name(self):
        return self._name.upper()
    @name.setter
    def name(self, value):
        self._name = value
    def describe(self):
        return f"{self.name} at level {self.level}"

s = Settings(3)
s.level = 5
s.name = "main"
def use():
    print("thread starts with:", s.describe())
    s.name = "worker"
    print("thread sets:", s.describe())
t = threading.Thread(target=use); t.start(); t.join()
print("main keeps:", s.describe(), "inits:", Settings.inits)

# the default excepthook: "Exception in thread NAME:" and the traceback, on stderr
def fail():
    raise ValueError("thread failed")
t = threading.Thread(target=fail, name="Failing")
t.start(); t.join()
print("alive after failing:", t.is_alive())

# SystemExit ends a thread silently
t = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join()

# a replaced hook gets ExceptHookArgs
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, args.exc_traceback is not None)
    print("as a tuple:", len(args), args[0] is args.exc_type, type(args).__name__)
threading.excepthook = hook
t = threading.Thread(target=fail, name="Hooked"); t.start(); t.join()

# a hook that fails: sys.excepthook reports the hook's own exception
def broken_hook(args):
    raise RuntimeError("the hook broke")
threading.excepthook = broken_hook
t = threading.Thread(target=fail); t.start(); t.join()
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__, threading.ExceptHookArgs)
args = threading.ExceptHookArgs([ValueError, ValueError("made by hand"), None, None])
print(args.exc_value, args.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)
