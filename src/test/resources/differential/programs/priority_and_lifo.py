# PriorityQueue, LifoQueue and SimpleQueue.
import queue
import threading
from dataclasses import dataclass, field
from typing import Any

pq = queue.PriorityQueue()
for priority, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put((priority, job))
print([pq.get() for _ in range(pq.qsize())])


@dataclass(order=True)
class Job:
    priority: int
    description: Any = field(compare=False)


jobs = queue.PriorityQueue()
jobs.put(Job(5, "write docs"))
jobs.put(Job(1, "fix bug"))
jobs.put(Job(3, {"review": "PR"}))
while not jobs.empty():
    print(jobs.get())

stack = queue.LifoQueue()
for i in range(4):
    stack.put(i)
print([stack.get() for _ in range(4)])

sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i) for i in range(3)])
t.start()
t.join()
print([sq.get() for _ in range(3)], sq.empty())
