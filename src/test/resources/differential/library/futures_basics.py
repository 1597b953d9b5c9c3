# concurrent.futures: Future's states and repr, result/exception with timeouts, callbacks, cancel,
# ThreadPoolExecutor (names, max_workers, initializer, submit, map, shutdown), wait, as_completed
import concurrent.futures as cf
import threading, time

f = cf.Future()
def state(fut):
    return repr(fut).split(" ", 3)[-1]
print(state(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.cancel())
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), f.done())
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
g = cf.Future()
g.set_exception(ValueError("bad"))
print(state(g), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("result() raises:", e)
h = cf.Future()
print(h.cancel(), state(h), h.cancelled(), h.done(), h.set_running_or_notify_cancel())
for call in (h.result, h.exception):
    try:
        call()
    except cf.CancelledError as e:
        print("CancelledError", repr(e), type(e).__module__)
p = cf.Future()
start = time.monotonic()
for call in (lambda: p.result(timeout=0.03), lambda: p.exception(timeout=0)):
    try:
        call()
    except cf.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError)
print("waited:", time.monotonic() - start >= 0.03)

# callbacks: run when done, at once if already done; one that raises is logged and the others run
seen = []
p.add_done_callback(lambda fut: seen.append(("first", fut.result())))
p.add_done_callback(lambda fut: seen.append(("second", fut.result())))
p.set_result(7)
f.add_done_callback(lambda fut: seen.append(("late", fut.result())))
print(seen)

# the executor
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(pow, 2, n) for n in range(6)]
    print([fut.result() for fut in futures])
    names = sorted({ex.submit(lambda: threading.current_thread().name).result() for i in range(3)})
    # which idle worker takes each task is up to the scheduler (CPython's _0 misses all three about
    # one time in ten): check the names' form, ThreadPoolExecutor-N_M
    print(names[0].startswith("ThreadPoolExecutor-"), names[0].rpartition("_")[2].isdigit(), ex._max_workers)
    print(list(ex.map(lambda x, y: x * y, range(5), range(10, 15))))
    print(list(ex.map(str.upper, ["a", "b"], timeout=5)))
    ok = ex.submit(lambda: "ok")
    print(ok.result(timeout=5), state(ok))
print(ex._shutdown)
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)

ex2 = cf.ThreadPoolExecutor(thread_name_prefix="fetch", initializer=seen.append, initargs=("initialized",))
print(ex2.submit(lambda: threading.current_thread().name).result(), seen[-1])
ex2.shutdown()
for bad in [0, -1]:
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)

# an initializer that fails breaks the pool
def fail_init():
    raise OSError("no connection")
broken = cf.ThreadPoolExecutor(max_workers=1, initializer=fail_init)
fut = broken.submit(print, "never")
try:
    fut.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
broken.shutdown()

# shutdown(cancel_futures=True) cancels what has not started
gate = threading.Event()
holding = threading.Event()
def hold():
    holding.set()
    return gate.wait()
ex3 = cf.ThreadPoolExecutor(max_workers=1)
running = ex3.submit(hold)
queued = [ex3.submit(print, "never", i) for i in range(3)]
holding.wait()  # the worker runs hold(): the others are queued behind it
ex3.shutdown(wait=False, cancel_futures=True)
gate.set()
print([q.cancelled() for q in queued], running.result())
ex3.shutdown()

# wait() and as_completed(); what must still be running waits on an event, not on a clock
def sleeper(seconds, value):
    time.sleep(seconds)
    return value
def held(release, value):
    release.wait()
    return value
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    release_slow = threading.Event()
    slow = ex.submit(held, release_slow, "slow")
    fast = ex.submit(sleeper, 0.01, "fast")
    done, not_done = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print([d.result() for d in done], len(not_done))
    done, not_done = cf.wait([slow, fast], timeout=0.01)
    print(len(done), len(not_done), type(cf.wait([fast])).__name__)
    failing = ex.submit(sleeper, 0.02, None)
    raising = ex.submit(lambda: 1 / 0)
    done, not_done = cf.wait([slow, raising], return_when=cf.FIRST_EXCEPTION)
    print([type(d.exception()).__name__ for d in done], len(not_done))
    release_slow.set()
    done, not_done = cf.wait([slow, fast, failing], return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done), cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
    releases = {name: threading.Event() for name in ("b", "c", "a")}
    completing = cf.as_completed([ex.submit(held, release, name) for name, release in releases.items()])
    order = []
    for name in ("c", "a", "b"):  # one at a time: each is the only one that can complete
        releases[name].set()
        order.append(next(completing).result())
    print("as_completed:", order)
    twice = ex.submit(sleeper, 0, "once")
    print([f.result() for f in cf.as_completed([twice, twice])])
    release_late = threading.Event()
    hang = ex.submit(held, release_late, "late")
    try:
        for f in cf.as_completed([hang, fast], timeout=0.05):
            print("completed:", f.result())
    except cf.TimeoutError as e:
        print("TimeoutError:", e)
    release_late.set()
print(sorted(cf.__all__))
