# Equal priorities make a PriorityQueue compare the payloads: a payload that does not order fails the
# put() with TypeError, in the frame of PriorityQueue._put's heappush
import queue

jobs = queue.PriorityQueue()
jobs.put((2, "second"))
jobs.put((1, "first"))
print(jobs.get(), jobs.get())
jobs.put((1, {"task": "a"}))
try:
    jobs.put((1, {"task": "b"}))
except TypeError as e:
    print("TypeError:", e)
print(jobs.qsize(), jobs.unfinished_tasks)
jobs.put((1, None))
