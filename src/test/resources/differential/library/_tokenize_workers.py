"""A threaded program for tokenize_sources to tokenize: workers, a lock, a queue, a condition."""
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: bytes = b"\x00\xff"


class Counter:
    def __init__(self):
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)
        self.value = 0

    def add(self, n=1):
        with self._lock:
            self.value += n
            if self.value >= 10:
                self._done.notify_all()

    async def wait_async(self, *, timeout: float = 1.5e-3) -> int:
        return await some_future(timeout) if timeout else self.value


def worker(jobs: "queue.Queue[Job]", counter: Counter) -> None:
    while (job := jobs.get()) is not None:
        try:
            match job.priority:
                case 0 | 1:
                    counter.add()
                case n if n > 5:
                    counter.add(n // 2)
                case _:
                    pass
        finally:
            jobs.task_done()  # always


def main():
    jobs = queue.PriorityQueue()
    counter = Counter()
    threads = [threading.Thread(target=worker, args=(jobs, counter), name=f"w{i:02d}") for i in range(4)]
    for t in threads:
        t.start()
    for i in range(12):
        jobs.put(Job(i % 7, name=rf"job\{i}", payload=bytes([i]) * 2))
    jobs.join()
    for _ in threads:
        jobs.put(None)
    for t in threads:
        t.join()
    print(f"{counter.value=}", 0x_ff, 0o17, 0b1010, 1_000.5j, .5e-3, sep="\t")
    s = """a
multi-line string""" ; t = 'continued \
string'
    return s, t, \
        [1,
         2]  # bracket lines are NL


if __name__ == "__main__":
    main()
