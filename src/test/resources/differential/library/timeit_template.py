# timeit: the function a Timer compiles (Timer.src) for source and callable statements and setups,
# syntax errors numbered in the user's lines, loop counts and timings read from a timer we control,
# the collector switched off while timing, and the traceback of a failing statement.
import gc
import timeit


def ticking(step):
    """A timer whose readings grow by step, step*2, step*3...: timings are exact and predictable."""
    readings = iter([step * n * (n + 1) / 2 for n in range(1000)])
    return readings.__next__


for stmt, setup in [("a = 1\nb = 2", "x = 1\ny = 2"), (len, dict), ("a", dict), (dict, "q = 1"), ("pass", "pass")]:
    t = timeit.Timer(stmt, setup)
    print(t.src, sorted(vars(t)))
print(repr(timeit.template), timeit.reindent("a\nb\n  c", 3))

for stmt, setup in [("x = (", "pass"), ("return 1", "pass"), ("pass", "def f(:"), ("  x = 1", "pass"),
                    ("x\ny = (", "a\nb"), ("break", "pass"), (1, "x = ("), (1, "pass"), ("pass", 1)]:
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
    except ValueError as e:
        print("ValueError", e)

print(timeit.Timer("pass", timer=ticking(0.5)).timeit(3))
print(timeit.Timer("pass", timer=ticking(0.01)).repeat(4, 2))
reports = []
print(timeit.Timer("pass", timer=ticking(0.01)).autorange(lambda n, t: reports.append((n, round(t, 6)))), reports)
try:
    timeit.Timer("pass").repeat(2.5, 1)
except TypeError as e:
    print("TypeError", e)
print(timeit.timeit("assert not gc.isenabled()", number=2) >= 0.0, gc.isenabled())
print(timeit.timeit("sys, time, itertools", number=1) >= 0.0)
counter = {"hits": []}
print(timeit.repeat("hits.append(n)", "n = len(hits)", repeat=3, number=2, globals=counter, timer=ticking(1)),
      counter["hits"])
timeit.timeit("x = 1\n1 / 0", setup="y = 2", number=1)
