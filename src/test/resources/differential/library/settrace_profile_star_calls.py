# c_call and c_return reach a profile function for builtins called with *args and **kwargs too
# (CALL_FUNCTION_EX), so cProfile counts them.
import sys
events = []
def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", "?")))
x = [3, 1, 2]
sys.setprofile(prof)
len(*[x]); sorted(x, **{"reverse": True}); max(*x); print(*x, sep=",")
sys.setprofile(None)
print(events)
import cProfile, pstats, io
p = cProfile.Profile()
p.runcall(len, x)
s = io.StringIO(); pstats.Stats(p, stream=s).sort_stats("name").print_stats()
print([l.split()[-1] for l in s.getvalue().splitlines() if "built-in" in l or "len" in l])
