# Allocations in every thread are traced, under the line of each thread's own frame.
import threading
import tracemalloc


def work(out, n):
    out.append([(i, -i) for i in range(n)])


def measure(out):
    current, peak = tracemalloc.get_traced_memory()
    out.append((current > 0, peak >= current))


tracemalloc.start(3)
results = []
threads = [threading.Thread(target=work, args=(results, 1000)) for _ in range(4)]
threads.append(threading.Thread(target=measure, args=(results,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
snapshot = tracemalloc.take_snapshot()
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
top = mine.statistics('lineno')[0]
print(top.traceback[0].lineno, top.count >= 4000, len(top.traceback))
by_traceback = mine.statistics('traceback')[0]
print([frame.lineno for frame in by_traceback.traceback if frame.filename == __file__])
print([len(r) for r in results if isinstance(r, list)], [r for r in results if isinstance(r, tuple)])
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
