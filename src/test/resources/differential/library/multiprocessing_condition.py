# multiprocessing.Condition across processes: producer/consumer, notify_all, wait timeout, wait_for.
import multiprocessing as mp
import threading


def sleeper(cond, started, results):
    with cond:
        started.release()
        woken = cond.wait(60)
        results.put(("woken", woken))


def child(cond, items, plain, started, results):
    with cond:  # a consumer: waits until the parent has put an item
        cond.wait_for(lambda: len(items) > 0)
        results.put(("got", items.pop(0)))
    sleeper(plain, started, results)


if __name__ == "__main__":
    cond = mp.Condition()
    print(cond)
    try:
        cond.wait()
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        cond.notify()
    except AssertionError as e:
        print("AssertionError:", e)
    with cond:
        print(cond)
        print(cond.wait(0.05))
        print(cond.wait_for(lambda: "ready", 0.01), cond.wait_for(lambda: 0, 0.05))

    m = mp.Manager()
    items = m.list()
    results = mp.Queue()
    started = mp.Semaphore(0)
    plain = mp.Condition(mp.Lock())
    p = mp.Process(target=child, args=(cond, items, plain, started, results))
    p.start()
    with cond:
        items.append("bread")
        cond.notify()
    print(results.get())

    # a thread here and the child wait; one notify_all wakes both
    t = threading.Thread(target=sleeper, args=(plain, started, results))
    t.start()
    started.acquire()
    started.acquire()
    with plain:  # both are waiting: each released the lock inside wait()
        print(plain)
        plain.notify_all()
    print(sorted(results.get() for _ in range(2)))
    p.join()
    t.join()
    print(plain, p.exitcode)
    m.shutdown()
