# PyMOTW-style tour: current_thread, main_thread, enumerate, active_count, idents.
import random
import threading
import time


def worker(pause):
    t = threading.current_thread()
    time.sleep(pause)


random.seed(1)
threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(0.05 + i * 0.01,), name=f"worker-{i}")
    t.daemon = True
    t.start()
    threads.append(t)

main_thread = threading.main_thread()
print("main:", main_thread.name, main_thread is threading.current_thread())
print("active:", threading.active_count())
for t in sorted(threading.enumerate(), key=lambda t: t.name):
    if t is main_thread:
        continue
    print("joining", t.name, t.ident is not None, isinstance(t.native_id, int))
    t.join()
print("active after joins:", threading.active_count())
print(threading.get_ident() == main_thread.ident)
print(threading.Thread(target=print).name.startswith("Thread-"))
print(repr(main_thread).startswith("<_MainThread(MainThread, started"))
