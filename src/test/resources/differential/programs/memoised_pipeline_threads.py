"""A memoised, generator-heavy pipeline shared by threads (language features users paste)."""
from __future__ import annotations
import functools, itertools, threading, contextlib, time, dataclasses, enum, typing, collections, operator

class Status(enum.Enum):
    PENDING = "pending"
    DONE = enum.auto()

@dataclasses.dataclass(order=True)
class Job:
    priority: int
    name: str = dataclasses.field(compare=False)
    tags: list[str] = dataclasses.field(default_factory=list, compare=False, repr=False)
    status: Status = Status.PENDING

@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@contextlib.contextmanager
def timer(label, sink):
    start = time.perf_counter()
    try:
        yield
    finally:
        sink.append((label, time.perf_counter() - start >= 0))

def chunked(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk

def pipeline(numbers):
    evens = (n for n in numbers if n % 2 == 0)
    squares = map(lambda n: n * n, evens)
    yield from itertools.accumulate(squares, operator.add)

results = collections.defaultdict(list)
sink = []
def worker(idx, jobs):
    with timer(f"worker{idx}", sink):
        for job in jobs:
            results[idx].append((job.name, fib(job.priority)))
            job.status = Status.DONE

jobs = sorted(Job(p, f"j{p}", ["x"]) for p in (30, 5, 20, 10, 25, 15))
print(jobs[0], jobs[-1].name)
threads = [threading.Thread(target=worker, args=(i, chunk)) for i, chunk in enumerate(chunked(jobs, 2))]
for t in threads: t.start()
for t in threads: t.join()
print(dict(sorted(results.items())))
print(sorted(sink), fib.cache_info().hits > 0)
print(list(pipeline(range(10))))
print({j.status for j in jobs}, Status.DONE.value, Status["PENDING"])

def describe(obj: typing.Any) -> str:
    match obj:
        case Job(priority=p, name=n) if p > 20:
            return f"urgent {n}"
        case Job():
            return "job"
        case [first, *rest]:
            return f"list starting {first!r} (+{len(rest)})"
        case {"kind": kind, **others}:
            return f"dict {kind} {sorted(others)}"
        case int() | float() as num:
            return f"number {num}"
        case _:
            return "other"
for thing in (jobs[-1], jobs[0], [1, 2, 3], {"kind": "k", "a": 1}, 3.5, None):
    print(describe(thing))

class Counter:
    __slots__ = ("_value", "_lock")
    def __init__(self):
        self._value = 0
        self._lock = threading.Lock()
    def __iadd__(self, other):
        with self._lock:
            self._value += other
        return self
    def __repr__(self):
        return f"Counter({self._value})"
    @property
    def value(self):
        return self._value
c = Counter()
def bump():
    global c
    for _ in range(1000):
        c += 1
ts = [threading.Thread(target=bump) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(c, c.value)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)
x = 10
print(f"{x=} {x!r:>5} {x:08.3f} {'nested ' + str(x)}")
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    print("caught", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("caught", [type(e).__name__ for e in eg.exceptions])
print(typing.get_type_hints(Job)["priority"], Job.__annotations__["tags"])
