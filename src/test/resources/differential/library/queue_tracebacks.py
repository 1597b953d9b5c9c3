# queue as users see it fail: the tracebacks of Empty, Full and the timeout and task_done errors;
# when a negative timeout is refused; a subclass that changes the order through the _put/_get hooks
import queue
import threading
import traceback


def show(call):
    try:
        call()
    except Exception:
        traceback.print_exc()


bounded = queue.Queue(1)
show(bounded.get_nowait)
show(lambda: bounded.get(timeout=0.01))
show(lambda: bounded.get(timeout=-1))
bounded.put("a")
show(lambda: bounded.put_nowait("b"))
show(lambda: bounded.put("b", timeout=0.01))
show(lambda: bounded.put("b", timeout=-1))
print(bounded.get(block=False, timeout=-5), bounded.unfinished_tasks)
bounded.task_done()
show(bounded.task_done)

unbounded = queue.Queue(-3)
unbounded.put(1, timeout=-1)  # an unbounded queue never waits, so never checks the timeout
print(unbounded.full(), unbounded.qsize(), unbounded.maxsize)
show(lambda: unbounded.get(True, -1))
print(queue.Queue[int], queue.LifoQueue[str], queue.Full.__mro__, queue.Empty.__mro__)


class Deduplicating(queue.Queue):
    """A queue that drops an item already waiting in it."""

    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)


d = Deduplicating()
for item in "abcab":
    d.put(item)
print(d.qsize(), [d.get() for _ in range(d.qsize())], d.unfinished_tasks)

# join() returns once every item is marked done, by several consumers
jobs = queue.PriorityQueue()
for job in [(3, "c"), (1, "a"), (2, "b")]:
    jobs.put(job)
handled = []


def consume():
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        handled.append(job)
        jobs.task_done()


workers = [threading.Thread(target=consume) for _ in range(2)]
for w in workers:
    w.start()
jobs.join()
for w in workers:
    w.join()
print(sorted(handled), jobs.unfinished_tasks, jobs.empty())
