import threading, time
results = []
lock = threading.Lock()
def worker(n):
    for i in range(3):
        with lock:
            results.append((n, i))
threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results))
print(threading.current_thread().name, threading.active_count(), repr(threads[0])[:30])
class T(threading.Thread):
    def __init__(self, x):
        super().__init__()
        self.x = x
    def run(self):
        print("run", self.name, self.x)
t = T(5); t.start(); t.join()
e = threading.Event()
def waiter():
    e.wait()
    print("event seen")
w = threading.Thread(target=waiter); w.start()
time.sleep(0.05); e.set(); w.join()
c = threading.Condition()
items = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        print("consumed", items.pop())
ct = threading.Thread(target=consumer); ct.start()
with c:
    items.append(42); c.notify()
ct.join()
sem = threading.BoundedSemaphore(2)
with sem: print("in sem")
try:
    sem.release()
except ValueError as ex:
    print(ex)
b = threading.Barrier(3)
out = []
def party(i):
    out.append(b.wait() >= 0)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
[p.start() for p in ps]; [p.join() for p in ps]
print(out)
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
loc = threading.local()
loc.v = "main"
def setv():
    loc.v = "thread"
    print("thread sees", loc.v)
lt = threading.Thread(target=setv); lt.start(); lt.join()
print("main sees", loc.v)
def boom():
    raise ValueError("in thread")
bt = threading.Thread(target=boom, name="Boomer"); bt.start(); bt.join()
print("done", threading.main_thread().name)
