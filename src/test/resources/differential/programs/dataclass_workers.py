# Dataclasses carrying work and results between threads.
from dataclasses import dataclass, field, asdict
import threading
import statistics


@dataclass
class Job:
    name: str
    values: list
    result: dict = field(default_factory=dict)

    def run(self):
        self.result = {"mean": statistics.mean(self.values), "max": max(self.values),
                       "stdev": round(statistics.pstdev(self.values), 6)}


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0


jobs = [Job(f"job{i}", list(range(i, i + 10))) for i in range(4)]
threads = [threading.Thread(target=job.run) for job in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()
for job in jobs:
    print(job.name, job.result)
print(asdict(jobs[0])["values"][:3])
print(Point(1.5), Point(1, 2) == Point(1, 2), hash(Point(1, 2)) == hash(Point(1, 2)))
try:
    Point(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
print(jobs[1])
