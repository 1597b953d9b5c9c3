# A BoundedSemaphore limits how many threads use a resource at once.
import threading
import time

MAX_CONNECTIONS = 3
pool = threading.BoundedSemaphore(MAX_CONNECTIONS)
active = 0
peak = 0
stats_lock = threading.Lock()


def use_connection(i):
    global active, peak
    with pool:
        with stats_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with stats_lock:
            active -= 1


threads = [threading.Thread(target=use_connection, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak concurrent connections:", peak)
print("never above the limit:", peak <= MAX_CONNECTIONS)
try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print("acquire(blocking=False) on 0:", s.acquire(blocking=False))
s.release(2)
print(s.acquire(timeout=0.1), s.acquire(timeout=0.1), s.acquire(timeout=0.01))
