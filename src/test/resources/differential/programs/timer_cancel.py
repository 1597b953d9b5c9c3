# threading.Timer runs a function later unless it is cancelled first.
import threading
import time

fired = []
t1 = threading.Timer(0.05, fired.append, args=("first",))
t2 = threading.Timer(0.05, lambda: fired.append("second"))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print("fired:", fired)
print("t2 finished without firing:", t2.finished.is_set())


def remind(message, when):
    print(f"reminder: {message} (after {when}s)")


r = threading.Timer(0.01, remind, kwargs={"message": "stretch", "when": 0.01})
r.start()
r.join()
print(isinstance(r, threading.Thread), r.name.startswith("Thread-"))
