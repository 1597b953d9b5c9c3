# Condition, Semaphore, BoundedSemaphore and Event: waits, timeouts, notifications and errors
import threading, time

def attempt(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

cond = threading.Condition()
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at "), repr(cond)[-4:])
attempt("wait unowned:", cond.wait)
attempt("notify unowned:", cond.notify)
attempt("notify_all unowned:", cond.notify_all)
with cond:
    start = time.monotonic()
    print("wait with timeout:", cond.wait(0.05), time.monotonic() - start >= 0.045)
    print("wait(0):", cond.wait(0), "wait(-1):", cond.wait(-1))
    print("wait_for true at once:", cond.wait_for(lambda: 42))
    print("wait_for timed out:", cond.wait_for(lambda: 0, timeout=0.02))
    print("notify with no waiters:", cond.notify(), cond.notify_all())

# a condition over a plain Lock
plain = threading.Condition(threading.Lock())
with plain:
    print("plain lock, owned:", plain._is_owned(), plain.wait(0.01))
print("plain lock, not owned:", plain._is_owned())

# producer and consumers: every item is consumed once, wait_for rechecks the predicate
items = []
consumed = []
done = False
def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items or done)
            if not items:
                return
            consumed.append(items.pop(0))
workers = [threading.Thread(target=consumer) for i in range(3)]
for w in workers: w.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    done = True
    cond.notify_all()
for w in workers: w.join()
print("consumed:", sorted(consumed) == list(range(30)))

# notify(n) wakes n waiters
woken = []
def waiter(i):
    with cond:
        if cond.wait(timeout=5):
            woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
while True:
    with cond:
        if len(cond._waiters) == 4:
            cond.notify(2)
            break
    time.sleep(0.001)
while True:
    with cond:
        if len(woken) == 2:
            cond.notify_all()
            break
    time.sleep(0.001)
for w in ws: w.join()
print("woken:", len(woken))

# Semaphore
sem = threading.Semaphore(2)
print(repr(sem).split(" at ")[0], repr(sem).split(":")[-1])
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
attempt("timeout without blocking:", lambda: sem.acquire(False, 1))
sem.release(2)
print("released 2:", sem._value)
attempt("release(0):", lambda: sem.release(0))
attempt("negative value:", lambda: threading.Semaphore(-1))
with sem:
    print("in with:", sem._value)
inside = 0
peak = 0
guard = threading.Lock()
def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1
ts = [threading.Thread(target=limited) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("at most 2 inside:", peak <= 2)

b = threading.BoundedSemaphore(1)
print(repr(b).split(" at ")[0], repr(b).split(":")[-1])
with b:
    pass
attempt("bounded over-release:", b.release)

# Event
ev = threading.Event()
print(repr(ev).split(" at ")[0], repr(ev).split(":")[-1], ev.is_set())
print("wait timeout:", ev.wait(0.01))
def setter():
    time.sleep(0.02)
    ev.set()
threading.Thread(target=setter).start()
print("woken by set:", ev.wait(), ev.is_set(), repr(ev).split(":")[-1])
ev.clear()
print("cleared:", ev.is_set(), ev.wait(0))
