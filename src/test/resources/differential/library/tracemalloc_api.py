# tracemalloc's classes over traces made by hand, and the module's errors and state.
import tracemalloc as t

print(t.is_tracing(), t.get_traceback_limit(), t.get_traced_memory())
try:
    t.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in (0, -1, 2 ** 20):
    try:
        t.start(bad)
    except ValueError as e:
        print("ValueError:", e)
for call in (lambda: t.start("a"), lambda: t.start(1, 2), lambda: t.start(nframe=2), lambda: t.get_object_traceback()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
t.start(2)
t.start(7)
print(t.is_tracing(), t.get_traceback_limit(), t.get_tracemalloc_memory() >= 0)
t.stop()
t.stop()
print(t.is_tracing(), t.get_traceback_limit(), t.get_traced_memory(), t.get_object_traceback(object()))

tb = t.Traceback((("a.py", 1), ("b.py", 2)), total_nframe=5)
print(repr(tb), str(tb), len(tb), tb[0], tb[-1], tb.total_nframe, list(tb), tb[0:1])
one = t.Traceback((("a.py", 1),))
print(repr(one), one == t.Traceback((("a.py", 1),)), tb < one, one < tb, t.Frame(("a.py", 1)) in one)
print(tb.format(), tb.format(most_recent_first=True), tb.format(limit=-1), tb.format(1, True))
frame = t.Frame(("a.py", 1))
print(repr(frame), str(frame), frame.filename, frame.lineno, frame < t.Frame(("a.py", 2)))
print(hash(frame) == hash(t.Frame(("a.py", 1))), t.Frame(("<unknown>", 0)))

print(t.Statistic(one, 10, 2) == t.Statistic(one, 10, 2))
try:
    t.Statistic(one, 10, 2) < t.Statistic(tb, 10, 3)
except TypeError as e:
    print("TypeError:", e)
for diff in (t.StatisticDiff(one, 2048, -100, 3, -1), t.StatisticDiff(one, 0, 0, 0, 0)):
    print(diff)
    print(repr(diff))
for size in (0, 1, 99, 100, 1023, 10239, 10240, 102400, 1048575, 10 ** 7, 10 ** 9, 10 ** 12, 10 ** 15, -5000):
    print(t.Statistic(one, size, 3), "|", t.StatisticDiff(one, size, size, 1, 1))

trace = t.Trace((0, 100, (("a.py", 3),), 4))
print(repr(trace), str(trace), trace.traceback, trace.traceback.total_nframe, trace.domain, trace.size)

raw = [(0, 10, (("a.py", 3),), 1), (0, 20, (("a.py", 3),), 1), (0, 5, (("b.py", 1), ("a.py", 9)), 2),
       (1, 7, (("c.py", 2),), 1)]
snap = t.Snapshot(raw, 2)
print(snap.traceback_limit, len(snap.traces), repr(snap.traces), repr(snap.traces[0]), len(snap.traces[1:3]))
for key in ('lineno', 'filename', 'traceback'):
    print(key, snap.statistics(key))
print(snap.statistics('lineno', True))
print(snap.statistics('filename', cumulative=True))
for args in (('traceback', True), ('x',), ('x', True)):
    try:
        snap.statistics(*args)
    except ValueError as e:
        print("ValueError:", e)
for filters in ([t.Filter(False, "c.py")], [t.Filter(True, "a.py", all_frames=True)],
                [t.Filter(True, "a.py", 9, all_frames=True)], [t.DomainFilter(True, 1)],
                [t.DomainFilter(False, 1), t.Filter(True, "b*", domain=0)], (t.Filter(True, "A.PY"),),
                [t.Filter(True, "a.pyc", 3)], [t.Filter(False, "a.py", all_frames=True)],
                [t.Filter(True, "a.py"), t.Filter(True, "b.py")]):
    print(snap.filter_traces(filters).statistics('lineno'))
print(snap.filter_traces([]).statistics('lineno') == snap.statistics('lineno'))
try:
    snap.filter_traces(t.Filter(True, "x"))
except TypeError as e:
    print("TypeError:", e)
f = t.Filter(True, "x.pyc", 4)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
f.inclusive = False
print(f.inclusive)
try:
    t.DomainFilter(True, 1).domain = 3
except AttributeError as e:
    print("AttributeError:", e)
old = t.Snapshot([(0, 10, (("a.py", 3),), 1), (0, 50, (("d.py", 3),), 1)], 1)
for stat in snap.compare_to(old, 'lineno'):
    print(stat)
for stat in snap.compare_to(old, 'filename', True):
    print(repr(stat))
try:
    snap.compare_to(old, 'bogus')
except ValueError as e:
    print("ValueError:", e)
