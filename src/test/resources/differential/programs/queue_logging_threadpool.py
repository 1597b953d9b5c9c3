"""Producer/consumer with logging, a sentinel, task_done/join and a thread pool."""
import logging, queue, threading, concurrent.futures as cf, time, random

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-7s %(threadName)s: %(message)s")
log = logging.getLogger("pc")

q = queue.Queue(maxsize=4)
SENTINEL = object()
results = []
results_lock = threading.Lock()

def producer(n):
    for i in range(n):
        q.put(i)
    log.info("produced %d items", n)

def consumer():
    while True:
        item = q.get()
        try:
            if item is SENTINEL:
                return
            with results_lock:
                results.append(item * item)
        finally:
            q.task_done()

consumers = [threading.Thread(target=consumer, name=f"consumer-{i}") for i in range(3)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer, args=(20,), name="producer")
p.start(); p.join()
q.join()
log.debug("queue drained, unfinished=%d", q.unfinished_tasks)
for _ in consumers:
    q.put(SENTINEL)
for c in consumers:
    c.join()
print(sum(results), len(results), q.empty(), q.qsize())

try:
    q.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty raised", type(queue.Empty()).__mro__[1].__name__)
full = queue.Queue(1); full.put(1)
try:
    full.put_nowait(2)
except queue.Full:
    print("queue.Full raised")

def work(x):
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x * 10

with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    futures = {ex.submit(work, x): x for x in range(6)}
    done = []
    for f in cf.as_completed(futures):
        x = futures[f]
        try:
            done.append((x, f.result()))
        except ValueError as e:
            done.append((x, repr(e)))
            log.warning("task %d failed: %s", x, e)
    print(sorted(done))
    print(list(ex.map(lambda v: v + 1, range(5))))
    f = ex.submit(time.sleep, 0)
    print(f.result(), f.done(), f.cancelled(), f.exception())
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for i in (3, 1, 2):
    lq.put(i); pq.put((i, f"job{i}")); sq.put(i)
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)], [sq.get() for _ in range(3)])
log.error("done with %s", "everything")
logging.getLogger().handlers[0].flush()
