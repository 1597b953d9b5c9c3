# producer/consumer with queue, typing annotations, dataclasses, sentinel shutdown
from __future__ import annotations
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import List, Optional, Dict, Callable, Iterator
from collections import Counter, defaultdict


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    payload: List[int] = field(default_factory=list, compare=False)
    result: Optional[int] = field(default=None, compare=False, repr=False)


SENTINEL: Optional[Task] = None


def producer(q: "queue.Queue[Optional[Task]]", n: int, workers: int) -> None:
    for i in range(n):
        q.put(Task(i % 3, f"task-{i:02d}", list(range(i))))
    for _ in range(workers):
        q.put(SENTINEL)


def consumer(q: queue.Queue, results: Dict[str, int], lock: threading.Lock, counts: Counter) -> None:
    while True:
        task = q.get()
        try:
            if task is None:
                return
            task.result = sum(x * x for x in task.payload)
            with lock:
                results[task.name] = task.result
                counts[threading.current_thread().name] += 1
        finally:
            q.task_done()


def main() -> None:
    q: queue.Queue[Optional[Task]] = queue.Queue(maxsize=5)
    results: Dict[str, int] = {}
    counts: Counter = Counter()
    lock = threading.Lock()
    workers = [threading.Thread(target=consumer, args=(q, results, lock, counts), name=f"worker-{i}") for i in range(3)]
    for w in workers:
        w.start()
    prod = threading.Thread(target=producer, args=(q, 20, len(workers)))
    prod.start()
    prod.join()
    q.join()
    for w in workers:
        w.join()
    print(len(results), sum(counts.values()), sorted(results.items())[:4])
    print(f"{'total':>10}: {sum(results.values()):,}")
    by_len: defaultdict[int, list] = defaultdict(list)
    for k, v in results.items():
        by_len[len(str(v))].append(k)
    print({k: len(v) for k, v in sorted(by_len.items())})
    print(sorted([Task(2, "b"), Task(1, "a"), Task(3, "c")]))


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    elapsed = time.perf_counter() - start
    print(f"done in {elapsed:.3f}s" if elapsed < 0 else "done")
