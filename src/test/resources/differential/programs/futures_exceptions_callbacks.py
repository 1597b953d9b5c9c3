# Futures: results, exceptions, callbacks, wait().
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, ALL_COMPLETED
import threading


def divide(a, b):
    return a / b


done_names = []
lock = threading.Lock()


def on_done(future):
    with lock:
        done_names.append("error" if future.exception() else future.result())


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="calc") as pool:
    ok = pool.submit(divide, 10, 4)
    bad = pool.submit(divide, 1, 0)
    ok.add_done_callback(on_done)
    bad.add_done_callback(on_done)
    done, not_done = wait([ok, bad], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(ok.result(), ok.done(), ok.cancelled())
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result() re-raises:", repr(e))
    names = pool.submit(lambda: threading.current_thread().name).result()
    print(names.startswith("calc_"))
    done, _ = wait([pool.submit(divide, 1, 0)], return_when=FIRST_EXCEPTION)
print(sorted(map(str, done_names)))
