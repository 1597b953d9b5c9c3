# pickle is C in CPython (_pickle), and so is object.__reduce_ex__: a traceback through them shows the
# caller's frame and the Python code they call (a __reduce__), none of the pickler's own.
import pickle, threading, traceback

class Bad:
    def __reduce__(self):
        raise ValueError("no reducing me")

class Local:
    pass

def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()

show(lambda: pickle.loads(b"xyz"))
show(lambda: pickle.dumps(Bad()))
show(lambda: pickle.dumps(threading.Lock()))
show(lambda: pickle.dumps([1, {2: Bad()}]))
def inner():
    class Hidden: pass
    return Hidden()
show(lambda: pickle.dumps(inner()))
show(lambda: pickle.loads(pickle.dumps([1, 2])[:-3]))
print(pickle.loads(pickle.dumps({"ok": (1, 2.5)})))
