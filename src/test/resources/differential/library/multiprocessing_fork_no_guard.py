"""A Linux user's script: no __main__ guard, processes started at top level (the fork start method,
CPython 3.11's default on Linux). The model's children re-run the program and stop where the parent
started them, so each sees the globals as the parent had them then."""
import multiprocessing as mp
import concurrent.futures as cf
import os

print("start method", mp.get_start_method(), mp.get_all_start_methods())
print(mp.get_context(), mp.get_context("spawn"), mp.get_context("fork").get_start_method())
try:
    mp.get_context("bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    mp.set_start_method("spawn")
except RuntimeError as e:
    print("RuntimeError:", e)
mp.set_start_method("fork", force=True)
print(mp.get_start_method(allow_none=True))

SCALE = 1
results = mp.Queue()


def work(n):
    return n * SCALE


def report(tag, n):
    results.put((tag, n * SCALE))


SCALE = 3   # a forked child sees the value the parent had when it started the child
with mp.Pool(2) as pool:
    print("pool", pool.map(work, range(5)))

procs = [mp.Process(target=report, args=("p%d" % i, i)) for i in range(2)]
for p in procs:
    p.start()
for p in procs:
    p.join()
print("processes", sorted(results.get() for _ in range(2)), [p.exitcode for p in procs])

with cf.ProcessPoolExecutor(max_workers=1) as ex:
    print("executor", list(ex.map(work, [10, 20, 30])))
print("done in the parent only", os.getpid() == os.getpid())
