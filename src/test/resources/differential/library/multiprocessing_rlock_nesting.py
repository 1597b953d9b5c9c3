# An RLock taken again by the thread that holds it (a Synchronized value's reads and writes inside
# `with v.get_lock():`, a Condition entered twice): its repr counts every level, a Condition's wait
# lets go of all of them, and a release by a thread that holds none is refused, in parent and child
import multiprocessing as mp
def nest(lock, cond, v, out):
    with lock:
        with lock:
            out.put(repr(lock).split("(")[1])
    with cond:
        with cond:
            cond.notify_all()
    with v.get_lock():
        v.value += 1
        out.put(repr(v.get_lock()).split("(")[1])
if __name__ == "__main__":
    lock, out = mp.RLock(), mp.Queue()
    cond = mp.Condition()
    v = mp.Value('i', 0)
    with lock:
        with lock:
            print(repr(lock))
        print(repr(lock))
    print(repr(lock))
    p = mp.Process(target=nest, args=(lock, cond, v, out))
    with cond:
        p.start()
        with cond:
            print(cond.wait(30))
    print(out.get(), out.get())
    p.join()
    with v:
        v.value += 1
        print(v.get_lock(), v.value)
    try:
        lock.release()
    except AssertionError as e:
        print("AssertionError:", e)
