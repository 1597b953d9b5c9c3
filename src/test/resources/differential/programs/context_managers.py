# Context managers: a class with __enter__/__exit__, contextlib.contextmanager, suppress, ExitStack.
# differential: normalize floats
import contextlib
import threading
import time


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f"block took {self.elapsed:.3f}s; exception: {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


@contextlib.contextmanager
def acquired(lock, name):
    print(f"{name}: acquiring")
    with lock:
        yield name.upper()
    print(f"{name}: released")


with Timer() as t:
    sum(range(10000))
with Timer():
    {}["missing"]
print("KeyError was suppressed")
lock = threading.Lock()
with acquired(lock, "db") as token:
    print("inside with", token, lock.locked())
print("after:", lock.locked())
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
with contextlib.ExitStack() as stack:
    for name in ("a", "b"):
        stack.enter_context(acquired(threading.Lock(), name))
    stack.callback(print, "callback runs first")
try:
    with acquired(lock, "failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e, "locked:", lock.locked())
