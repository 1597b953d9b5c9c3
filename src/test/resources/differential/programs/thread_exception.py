# An exception in a thread: the traceback goes to stderr, the program goes on; excepthook can be replaced.
import threading


def fails():
    raise ValueError("something went wrong in the worker")


t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
print("main thread continues; worker alive:", t.is_alive())

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__
