# threading with a worker class, logging, time formatting, sys.argv-free config, dict/set comprehension,
# string methods, exceptions with custom classes and chaining, global interpreter switch interval tweaks
import logging
import sys
import threading
import time
from collections import deque, namedtuple, OrderedDict
from dataclasses import dataclass, asdict, astuple, replace
from functools import wraps, total_ordering
from operator import attrgetter, itemgetter

logging.basicConfig(level=logging.INFO, format="%(threadName)s %(levelname)s %(message)s", stream=sys.stdout)
log = logging.getLogger("lab")


class WorkerError(Exception):
    def __init__(self, worker: str, reason: str) -> None:
        super().__init__(f"{worker}: {reason}")
        self.worker = worker


def retry(times: int):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    last = e
            raise WorkerError(fn.__name__, "gave up") from last
        return wrapper
    return deco


@retry(3)
def flaky(xs: list) -> int:
    if xs:
        xs.pop()
        raise ValueError("not yet")
    return 7


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0

    def __lt__(self, other: "Version") -> bool:
        return (self.major, self.minor) < (other.major, other.minor)


class Worker(threading.Thread):
    def __init__(self, name: str, jobs: deque, out: list) -> None:
        super().__init__(name=name)
        self.jobs, self.out = jobs, out

    def run(self) -> None:
        while True:
            try:
                job = self.jobs.popleft()
            except IndexError:
                break
            self.out.append((job, job ** 2))


jobs = deque(range(10))
out: list = []
workers = [Worker(f"w{i}", jobs, out) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
log.info("processed %d jobs", len(out))
print(sorted(out, key=itemgetter(0))[:3], flaky([1, 2]), flaky.__name__)
try:
    flaky([1, 2, 3])
except WorkerError as e:
    print(e, "| cause:", repr(e.__cause__), e.worker)
v = Version(3, 11)
print(v, asdict(v), astuple(v), replace(v, minor=12), v < Version(3, 12), v >= Version(3, 9), sorted([Version(2), v]))
try:
    v.major = 4
except Exception as e:
    print(type(e).__name__, e)
P = namedtuple("P", "x y")
print(sorted([P(2, 1), P(1, 5)], key=attrgetter("y")), OrderedDict(a=1, b=2), {x % 3 for x in range(10)})
old = sys.getswitchinterval()
sys.setswitchinterval(0.001)
print(sys.getswitchinterval(), old)
sys.setswitchinterval(old)
print(time.strftime("%Y", time.gmtime(0)), "  padded ".strip().title().center(12, "*"), "a,b,,c".split(","), "x".join("abc"))
print(f"{'name':<6}|{'n':>3}", *(f"{n:<6}|{i:>3}" for i, n in enumerate(["ab", "cde"])), sep="\n")
