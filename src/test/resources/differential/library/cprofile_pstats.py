# cProfile and pstats: call counts, primitive (non-recursive) calls, builtin names, callers and
# callees, restrictions and sort keys; timings vary, so every number in a time column is masked
import cProfile, pstats, io, re, os, tempfile

def mask(text):
    # the time columns (and "in N seconds") become 0.000; the counts and names stay
    return re.sub(r"\d+\.\d{3}", "0.000", text)

def show(stats_call):
    out = io.StringIO()
    stats_call(out)
    print(mask(out.getvalue()))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def countdown(n):
    for i in range(n):
        yield i

def work():
    items = []
    for i in range(5):
        items.append(len("abc"))
    fib(6)
    list(countdown(3))
    sorted([3, 1, 2], key=abs)
    ",".join(["a", "b"])
    {}.get(1)
    return sum(items)

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()

def report(out):
    st = pstats.Stats(pr, stream=out)
    st.sort_stats("ncalls", "name").print_stats()
    st.sort_stats(pstats.SortKey.PCALLS, pstats.SortKey.NAME).print_stats(3)
    st.sort_stats("name", "line").print_stats("fib|len")
    st.sort_stats("nfl").print_stats(0.5, "work")
    st.print_stats("[")
    st.sort_stats("stdname").print_callers("fib")
    st.print_callees("work|fib")
show(report)

stats = pstats.Stats(pr)
print(stats.total_calls, stats.prim_calls)
entry = stats.stats[(__file__, fib.__code__.co_firstlineno, "fib")]
print(entry[:2], sorted((k[2], v[:2]) for k, v in entry[4].items()))

# runcall, the context manager, getstats' entries
pr2 = cProfile.Profile()
print(pr2.runcall(fib, 4))
entries = {cProfile.label(e.code)[2]: (e.callcount, e.reccallcount) for e in pr2.getstats()}
print(sorted(entries.items()))
with cProfile.Profile() as pr3:
    len([1])
names = sorted(pstats.func_std_string(k) for k in pstats.Stats(pr3).strip_dirs().stats)
print([n for n in names if "cProfile" not in n])

# run() prints its own report, sorted; runctx with a namespace
out = io.StringIO()
import sys
saved = sys.stdout
sys.stdout = out
try:
    cProfile.run("fib(5)", sort="stdname")
    cProfile.runctx("g(3)", {"g": fib}, {}, sort=pstats.SortKey.NFL)
finally:
    sys.stdout = saved
print(mask(out.getvalue()))

# dump_stats and Stats(file), add, strip_dirs
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prof.out")
    pr2.dump_stats(path)
    loaded = pstats.Stats(path)
    print(loaded.total_calls, len(loaded.files))
    loaded.add(pr)
    print(loaded.total_calls, loaded.prim_calls)
    text = io.StringIO()
    loaded.stream = text
    loaded.strip_dirs().sort_stats("calls", "name").print_stats(4)
    print(mask(text.getvalue().split("\n", 2)[2]))

try:
    pstats.Stats(pr).sort_stats("calls", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    pstats.Stats(pr).sort_stats("nonsense")
except KeyError as e:
    print("KeyError:", e)
print(pstats.SortKey("tottime"), pstats.SortKey.CUMULATIVE.value, pstats.SortKey("ncalls") is pstats.SortKey.CALLS)

# a profiler sees only the thread that enabled it
import threading
def in_thread():
    return fib(3)
def in_main():
    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    return fib(2)
pr4 = cProfile.Profile()
pr4.runcall(in_main)
seen = {k[2]: v[:2] for k, v in pstats.Stats(pr4).stats.items() if k[0] == __file__}
print(sorted(seen.items()))
