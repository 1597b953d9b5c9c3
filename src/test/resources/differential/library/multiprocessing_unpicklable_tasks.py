# A task pickle cannot send (a lambda, a lock among its arguments) is no error of apply_async, map_async or
# imap: CPython's task handler thread pickles it, and its result fails with pickle's error (the handler's
# frames in its traceback, the error callback called with it). A Queue's feeder thread prints the error
# and drops the item; SimpleQueue.put pickles at once; ProcessPoolExecutor's future fails with the error,
# the feeder's traceback as its cause. The last map is not caught: its traceback shows the handler's frames.
import concurrent.futures
import multiprocessing as mp
import threading


def ident(x):
    return x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        errors = []
        r = pool.apply_async(lambda x: x, (1,), error_callback=errors.append)
        print("submitted")
        r.wait()  # returns once the error callback ran
        print(r.ready(), r.successful(), [type(e).__name__ for e in errors])
        for call in (r.get, lambda: pool.apply(ident, (threading.Lock(),)), lambda: next(pool.imap(ident, [threading.Lock()])),
                     lambda: list(pool.imap_unordered(ident, [1, threading.Lock()]))):
            try:
                call()
            except Exception as e:
                print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])
        print(pool.map(ident, [1, 2]))
        q = mp.Queue()
        q.put(threading.Lock())
        q.put("after the lock")
        print(q.get())
        sq = mp.SimpleQueue()
        try:
            sq.put(threading.Lock())
        except TypeError as e:
            print("SimpleQueue:", e)
        with concurrent.futures.ProcessPoolExecutor(1) as ex:
            e = ex.submit(ident, threading.Lock()).exception()
            print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__.tb.splitlines()[-2:])
            print(ex.submit(ident, 2).result())
        pool.map(lambda x: x * 2, [1, 2, 3])
