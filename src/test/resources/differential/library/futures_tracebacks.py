# concurrent.futures as users see it fail: tracebacks through Future.result, the pool's worker and
# Executor.map; callback errors logged; InvalidStateError and TimeoutError messages; wait() with a
# future cancelled but not yet noticed; as_completed's order and timeout; thread names and reuse
import concurrent.futures as cf
import threading
import time
import traceback


def fail(n):
    raise ValueError(f"bad {n}")


def show(call):
    try:
        call()
    except Exception:
        traceback.print_exc()


pool = cf.ThreadPoolExecutor(2)
show(pool.submit(fail, 1).result)
show(lambda: list(pool.map(fail, [2, 3])))
gate = threading.Event()
show(lambda: list(pool.map(gate.wait, [5], timeout=0.01)))
gate.set()
pool.shutdown()
show(lambda: pool.submit(print))

# callbacks that raise are logged (to stderr, with their traceback) and the next ones still run
done_later = cf.Future()
done_later.add_done_callback(lambda fut: 1 / 0)
done_later.add_done_callback(lambda fut: print("second callback sees", fut.result()))
done_later.set_result("x")
done_later.add_done_callback(lambda fut: {}["late"])

# states, reprs and the messages of misuse
f = cf.Future()
print(f, cf.Future[int])
f.set_exception(KeyError("k"))
print(f)
for misuse in (lambda: f.set_result(1), lambda: f.set_exception(OSError())):
    try:
        misuse()
    except cf.InvalidStateError as e:
        print(repr(e))
c = cf.Future()
print(c.cancel(), c.cancel(), c)
try:
    c.set_result(1)
except cf.InvalidStateError as e:
    print(repr(e))
show(c.result)
show(lambda: cf.Future().exception(timeout=0))

# wait() counts a cancelled future as done only once its executor noticed the cancellation
print(cf.wait([c], timeout=0))
print(c.set_running_or_notify_cancel(), cf.wait([c], timeout=0))
r = cf.Future()
r.set_running_or_notify_cancel()
print(r.running(), r.cancel(), r)
try:
    cf.wait([cf.Future()], timeout=0, return_when="SOON")
except ValueError as e:
    print(e)
print(cf.wait([c], return_when="SOON").not_done)


class Named(cf.Future):
    pass


print(Named())

# as_completed yields the finished futures first, then the others in the order they finish
with cf.ThreadPoolExecutor(3) as ex:
    gates = [threading.Event() for _ in range(3)]
    futures = [ex.submit(g.wait) for g in gates]
    gates[1].set()
    order = []
    for fut in cf.as_completed(futures + futures[:1]):
        order.append(futures.index(fut))
        if len(order) < 3:
            gates[[2, 0][len(order) - 1]].set()
    print("as_completed order:", order)
    late = ex.submit(time.sleep, 0.3)
    try:
        for fut in cf.as_completed([late, futures[0]], timeout=0.01):
            print("finished before the timeout:", futures.index(fut))
    except TimeoutError as e:
        print("TimeoutError:", e)
        traceback.print_exc()

# worker threads: named after the pool (numbered as created) and reused when idle
with cf.ThreadPoolExecutor() as ex:
    names = {ex.submit(lambda: threading.current_thread().name).result() for _ in range(20)}
    print(sorted(names)[0], len(names) < 20, ex._max_workers)
with cf.ThreadPoolExecutor(thread_name_prefix="io") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
