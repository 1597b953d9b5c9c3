# An exception group that ends a thread: threading's excepthook prints it as PyErr_Display does
import threading


def work():
    raise ExceptionGroup("in thread", [ValueError(1), TypeError(2)])


t = threading.Thread(target=work, name="worker")
t.start()
t.join()
print("done")
