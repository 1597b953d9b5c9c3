# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; blocking, timeouts, task_done/join, errors
import queue, threading, time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full(), list(q.queue))
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
start = time.monotonic()
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after the timeout:", time.monotonic() - start >= 0.045)
try:
    q.put(3, block=False)
except queue.Full:
    print("Full without blocking")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__module__)
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after the timeout:", time.monotonic() - start >= 0.045)
for call in [lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(queue.Queue().full(), queue.Queue(0).maxsize, queue.Queue(-1).full())

# a blocked get is woken by a put from another thread, a blocked put by a get
q = queue.Queue(1)
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
threading.Thread(target=producer).start()
got = []
while (item := q.get()) is not None:
    got.append(item)
print("got", got)

# task_done and join
q = queue.Queue()
for i in range(10):
    q.put(i)
done = []
def worker():
    while True:
        item = q.get()
        done.append(item)
        q.task_done()
for i in range(3):
    threading.Thread(target=worker, daemon=True).start()
q.join()
print("all tasks done:", sorted(done) == list(range(10)), q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# the other orders
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    prio.put((x, "item %d" % x))
print([lifo.get() for i in range(3)], [prio.get() for i in range(3)], lifo.queue, prio.queue)
prio.put(5); prio.put(0); prio.put(3)
print(prio.get(), prio.qsize())

sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=1)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(block=False), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(queue.Queue[int], sorted(queue.__all__), queue.Empty.__doc__, queue.Full.__doc__)
print(type(sq).__module__, issubclass(queue.Empty, Exception))
q = queue.Queue()
q.get(timeout=0.01)
