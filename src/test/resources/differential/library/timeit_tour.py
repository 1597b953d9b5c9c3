# differential: normalize floats
# timeit: statements as source or callables run the asked number of times after their setup, in the
# given globals; timings are floats (normalized); syntax errors and bad arguments as CPython reports them.
import timeit

calls = []


def work():
    calls.append(len(calls))


t = timeit.Timer(work)
print(type(t.timeit(7)).__name__, len(calls))
print(len(timeit.repeat(work, repeat=3, number=4)), len(calls))
print(timeit.timeit("counter.append(1)", setup="counter = []; print('setup ran')", number=5, globals={}))
shared = {"seen": []}
timeit.timeit("seen.append(x)", "x = 41 + 1", number=3, globals=shared)
print(shared["seen"])
print(timeit.timeit("for i in range(3):\n    total = i", number=2) >= 0.0)
print(timeit.Timer("x = 5", "pass").timeit(0), timeit.default_timer is __import__("time").perf_counter)
number, taken = timeit.Timer("pass").autorange(lambda n, t: calls.append(n) if n < 3 else None)
print(number >= 1, taken >= 0.2, calls[-2:])
answer = 0


def bump():
    global answer
    answer += 1


timeit.timeit(bump, setup=lambda: print("callable setup"), number=10)
print(answer, timeit.Timer.__name__, timeit.dummy_src_name, timeit.default_number, timeit.default_repeat)
for stmt, setup in [("return 1", "pass"), ("x = (", "pass"), ("yield 1", "pass"), ("pass", "def f(:"), (1, "pass"),
                    ("pass", 1)]:
    try:
        timeit.Timer(stmt, setup)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
try:
    timeit.timeit("1 / 0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
