# Under the fork start method a child has a copy of each threading lock its Process was given, held as
# the parent's was when it started: a threading.Lock protects nothing across processes. Spawn pickles
# them, and pickle refuses; so does a Pool's task, which is pickled whatever the start method.
import multiprocessing as mp
import os
import threading
from concurrent.futures import ProcessPoolExecutor

glock = threading.Lock()
grlock = threading.RLock()


mode = "as the program's re-run sets it"


def read_mode():
    return mode


def report(q, lock, event, i):
    with lock:  # each child takes its own copy
        q.put((i, type(lock).__name__, event.is_set()))


def try_take(q, lock):
    q.put((type(lock).__name__, lock.acquire(timeout=0.05)))


def try_global(q):
    q.put(("global", glock.locked(), grlock.acquire(timeout=0.05)))


def holds_copy(q, rlock):
    q.put(("forker's rlock", rlock._is_owned(), rlock._recursion_count()))


class Worker(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
        self.lock = threading.Lock()
        self.sem = threading.BoundedSemaphore(2)

    def run(self):
        with self.lock, self.sem:
            self.q.put(("subclass", self.lock.locked(), self.sem._value))


def run(q, target, *args):
    p = mp.Process(target=target, args=(q,) + args)
    p.start()
    p.join()
    return q.get(), p.exitcode


if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    event = threading.Event()
    event.set()
    ps = [mp.Process(target=report, args=(q, threading.Lock(), event, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps))

    held = threading.Lock()
    held.acquire()
    print(run(q, try_take, held))  # held when the child started: the child cannot take it
    rlock = threading.RLock()
    rlock.acquire()
    rlock.acquire()
    print(run(q, holds_copy, rlock))  # the forking thread's: the child's thread holds it, twice
    other = threading.RLock()
    taken = threading.Event()
    done = threading.Event()

    def hold():
        with other:
            taken.set()
            done.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    taken.wait()
    print(run(q, try_take, other))  # another thread's: no thread of the child can take it
    done.set()
    holder.join()

    glock.acquire()
    grlock.acquire()
    print(run(q, try_global))
    glock.release()
    grlock.release()

    w = Worker(q)
    w.start()
    w.join()
    print(q.get(), w.exitcode)

    with mp.Pool(1) as pool:
        try:
            pool.map(try_take, [threading.Lock()])
        except TypeError as e:
            print("Pool task:", e)

    with open(os.devnull, "w") as sink:
        print("written to", os.devnull, sink.write("x"))

    spawn = mp.get_context("spawn")
    try:
        spawn.Process(target=try_take, args=(None, threading.Lock())).start()
    except TypeError as e:
        print("spawn:", e)
    mode = "as the parent set it"
    with ProcessPoolExecutor(1, mp_context=spawn) as ex:
        print("spawn executor:", ex.submit(read_mode).result())
    with ProcessPoolExecutor(1) as ex:
        print("fork executor:", ex.submit(read_mode).result())
    try:
        spawn.Process(target=lambda: None).start()  # the context's method, whatever the program's is
    except Exception as e:
        print("spawn:", type(e).__name__, e)
