"""match statements in worker threads: a job dispatcher whose handlers match messages from a queue."""
import queue
import threading
from dataclasses import dataclass


@dataclass
class Resize:
    width: int
    height: int


@dataclass
class Rename:
    old: str
    new: str


def handle(message):
    match message:
        case Resize(width=w, height=h) if w == h:
            return f"square {w}"
        case Resize(w, h):
            return f"resize {w}x{h}"
        case Rename(old, new) if old != new:
            return f"rename {old}->{new}"
        case {"op": "sum", "values": [*values]}:
            return f"sum {sum(values)}"
        case {"op": op, **rest}:
            return f"unknown op {op} {sorted(rest)}"
        case ("ping", int(n)) | ["ping", int(n)]:
            return f"pong {n}"
        case None:
            return "stop"
        case other:
            return f"unhandled {other!r}"


def worker(jobs, results, lock):
    while True:
        message = jobs.get()
        outcome = handle(message)
        with lock:
            results.append(outcome)
        if outcome == "stop":
            return


jobs = queue.Queue()
results = []
lock = threading.Lock()
threads = [threading.Thread(target=worker, args=(jobs, results, lock)) for _ in range(4)]
for t in threads:
    t.start()
messages = []
for i in range(50):
    messages += [Resize(i, i), Resize(i, i + 1), Rename(f"a{i}", f"b{i}"), Rename("x", "x"),
                 {"op": "sum", "values": list(range(i))}, {"op": "mul", "a": i}, ("ping", i), ["ping", i], 3.5]
for m in messages:
    jobs.put(m)
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
print(len(results))
for line in sorted(results)[:12]:
    print(line)
print(sorted(set(r.split()[0] for r in results)))
