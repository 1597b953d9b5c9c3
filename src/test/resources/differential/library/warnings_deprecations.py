# The library's own DeprecationWarnings (threading, logging) show where __main__ calls the old names
import threading, logging, warnings
t = threading.currentThread()
print(t.name)
threading.Event().isSet()
logging.warn("old")
def f():
    return threading.activeCount()
f()
warnings.warn("plain")
