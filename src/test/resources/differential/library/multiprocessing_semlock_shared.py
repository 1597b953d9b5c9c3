# multiprocessing's locks and semaphores shared by processes, as they live in shared memory: exact
# totals of counters that children and the parent change under a Lock, an RLock (nested, as a
# Synchronized value's own reads and writes take it again), a Semaphore and a BoundedSemaphore;
# the reprs each side sees of a lock another process holds; acquire without blocking and with a
# timeout failing while another process holds the lock; the errors of releasing too often.
import multiprocessing as mp
import threading


def count(lock, v, n):
    for _ in range(n):
        with lock:
            v.value += 1


def nested(v, n):
    for _ in range(n):
        with v.get_lock():
            with v.get_lock():
                v.value += 1


def take_slots(sem, bsem, n):
    for _ in range(n):
        sem.acquire()
        bsem.acquire()
        bsem.release()
        sem.release()


def holder(lock, rlock, sem, held, done, out):
    # takes everything, tells the parent, then looks at the reprs from here until told to let go
    lock.acquire()
    rlock.acquire()
    rlock.acquire()
    sem.acquire()
    out.put(("child sees", repr(lock), repr(rlock), repr(sem)))
    held.set()
    done.wait(60)
    out.put(("child tries", lock.acquire(False), rlock.acquire(timeout=0.01), repr(rlock)))
    for _ in range(3):
        rlock.release()
    lock.release()
    sem.release()
    try:
        rlock.release()
    except AssertionError as e:
        out.put(("child AssertionError", str(e)))


def together(target, *args):
    # two children and the parent run target at once
    ps = [mp.Process(target=target, args=args) for _ in range(2)]
    for p in ps:
        p.start()
    target(*args)
    for p in ps:
        p.join()


def thread_view(lock, rlock, out):
    out.append((repr(lock), repr(rlock), lock.acquire(False), rlock.acquire(False)))


if __name__ == "__main__":
    lock, rlock = mp.Lock(), mp.RLock()
    sem, bsem = mp.Semaphore(2), mp.BoundedSemaphore(1)
    print(lock, rlock, sem, bsem)

    v = mp.Value('i', 0, lock=False)
    together(count, lock, v, 300)
    print("Lock total", v.value)

    w = mp.Value('q', 0, lock=rlock)
    together(nested, w, 300)
    print("RLock total", w.value, rlock)

    together(take_slots, sem, bsem, 200)
    print("after the slots", sem, bsem)

    held, done, out = mp.Event(), mp.Event(), mp.Queue()
    p = mp.Process(target=holder, args=(lock, rlock, sem, held, done, out))
    p.start()
    print(out.get())
    held.wait(60)
    print("parent sees", lock, rlock, sem)
    print("parent tries", lock.acquire(False), lock.acquire(timeout=0.01), rlock.acquire(block=False),
          rlock.acquire(True, 0.01), sem.acquire(timeout=0))
    seen = []
    t = threading.Thread(target=thread_view, args=(lock, rlock, seen))
    t.start()
    t.join()
    print("thread sees", seen[0])
    done.set()
    print(out.get())
    print(out.get())
    p.join()
    print("after the child", lock, rlock, sem)

    # a lock held by another thread of this process, from the main thread
    taken, letgo = threading.Event(), threading.Event()

    def hold():
        with lock, rlock:
            taken.set()
            letgo.wait(60)
    t = threading.Thread(target=hold)
    t.start()
    taken.wait(60)
    print("other thread holds", lock, rlock, lock.acquire(False))
    letgo.set()
    t.join()

    with lock:
        print(lock)
    with rlock:
        with rlock:
            print(rlock)
    for s in (lock, bsem):
        try:
            s.release()
        except ValueError as e:
            print("ValueError:", e)
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError:", e)
    sem.release()
    print(sem)
