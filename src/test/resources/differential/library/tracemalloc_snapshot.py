# Snapshots of real allocations: which line allocated most, tracebacks, filters, compare_to, dump/load.
# Sizes differ from CPython's (the model traces objects, not memory blocks): they are normalised.
import os
import re
import tempfile
import tracemalloc


def normalised(stat):
    text = re.sub(r"size=[^,]*, ", "size=S, ", str(stat))
    text = re.sub(r"count=\d+", "count=N", text)
    return re.sub(r"average=.*", "average=A", text).replace(__file__, "HERE")


def make_tuples():
    return [(i, str(i)) for i in range(1000)]


def make_buffer():
    return bytearray(1000000)


tracemalloc.start(2)
first = tracemalloc.take_snapshot()
tuples = make_tuples()
buffer = make_buffer()
second = tracemalloc.take_snapshot()
current, peak = tracemalloc.get_traced_memory()
print(current > 1000000, peak >= current)

mine = second.filter_traces([tracemalloc.Filter(True, __file__)])
top = mine.statistics('lineno')[:2]
print([stat.traceback[0].lineno for stat in top])
print(normalised(top[0]))
print(top[1].count >= 1000, top[0].count >= 1)
print(mine.statistics('filename')[0].traceback[0].filename == __file__)

buffer_tb = tracemalloc.get_object_traceback(buffer)
print([(os.path.basename(frame.filename), frame.lineno) for frame in buffer_tb], buffer_tb.total_nframe)
print([line.replace(__file__, "HERE") for line in buffer_tb.format()])
print(tracemalloc.get_object_traceback(tracemalloc) is None)

diff = second.compare_to(first, 'lineno')
mine_diff = [d for d in diff if d.traceback[0].filename == __file__]
print(mine_diff[0].traceback[0].lineno, mine_diff[0].size_diff > 0, mine_diff[0].count_diff >= 1)
print(normalised(mine_diff[0]).split(" (")[0])

cumulative = second.filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)]).statistics('lineno', True)
print(sorted({stat.traceback[0].lineno for stat in cumulative} & {16, 20, 25, 26, 27}))
excluded = second.filter_traces([tracemalloc.Filter(False, __file__, 16)])
print(any(stat.traceback[0].lineno == 16 and stat.traceback[0].filename == __file__
          for stat in excluded.statistics('lineno')))

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "snapshot.pickle")
    second.dump(path)
    loaded = tracemalloc.Snapshot.load(path)
print(len(loaded.traces) == len(second.traces), loaded.traceback_limit, loaded.statistics('lineno') == second.statistics('lineno'))

del tuples, buffer
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
kept = [str(i) * 10 for i in range(100)]
tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), len(kept))
