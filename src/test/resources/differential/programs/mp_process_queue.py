# multiprocessing.Process with a Queue back to the parent.
from multiprocessing import Process, Queue
import os


def worker(q, n):
    q.put((n, sum(range(n)), os.getpid() != PARENT))


PARENT = os.getpid()

if __name__ == "__main__":
    q = Queue()
    procs = [Process(target=worker, args=(q, n)) for n in (10, 100, 1000)]
    for p in procs:
        p.start()
    results = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(results)
    print("exit codes:", [p.exitcode for p in procs])
    print("alive:", any(p.is_alive() for p in procs))
