# The queue module's classic worker pool: task_done() and join().
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item ** 2))
        tasks.task_done()


workers = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
for w in workers:
    w.start()
for item in range(20):
    tasks.put(item)
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
collected = sorted(results.get() for _ in range(results.qsize()))
print(collected[:5], "...", len(collected))
print("empty:", tasks.empty(), results.empty())
try:
    tasks.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
bounded = queue.Queue(maxsize=1)
bounded.put("x")
try:
    bounded.put("y", timeout=0.01)
except queue.Full:
    print("queue.Full raised; full() =", bounded.full())
