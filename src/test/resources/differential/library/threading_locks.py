# _thread's locks as threading uses them: Lock and RLock semantics, timeouts and CPython's errors
import threading, _thread, time

def attempt(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

lock = threading.Lock()
print(type(lock), threading.Lock, repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.acquire(), lock.locked(), repr(lock).startswith("<locked _thread.lock"))
attempt("non-blocking on a held lock:", lambda: lock.acquire(False))
attempt("blocking=0:", lambda: lock.acquire(blocking=0))
start = time.monotonic()
attempt("timeout on a held lock:", lambda: lock.acquire(timeout=0.05))
print("waited at least the timeout:", time.monotonic() - start >= 0.045)
attempt("timeout=0:", lambda: lock.acquire(timeout=0))
lock.release()
attempt("release unlocked:", lock.release)
attempt("timeout without blocking:", lambda: lock.acquire(False, 1))
attempt("negative timeout:", lambda: lock.acquire(timeout=-0.5))
attempt("timeout -1 is forever:", lambda: lock.acquire(timeout=-1))
lock.release()
attempt("too long:", lambda: lock.acquire(timeout=1e10))
attempt("NaN:", lambda: lock.acquire(timeout=float("nan")))
attempt("str timeout:", lambda: lock.acquire(timeout="1"))
attempt("None timeout:", lambda: lock.acquire(True, None))
attempt("three arguments:", lambda: lock.acquire(1, 2, 3))
attempt("release(1):", lambda: lock.release(1))
attempt("instantiate:", lambda: _thread.LockType())
attempt("Lock(1):", lambda: threading.Lock(1))
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())

# any thread may release a Lock
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print("released by another thread:", not lock.locked())

# RLock: re-entrant for its owner, owned by one thread
r = threading.RLock()
print(type(r), threading._CRLock is _thread.RLock)
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).replace(str(threading.get_ident()), "ME").split(" at ")[0])
def other_thread():
    attempt("other thread, non-blocking:", lambda: r.acquire(False))
    attempt("other thread, timeout:", lambda: r.acquire(timeout=0.01))
    attempt("other thread releases:", r.release)
    attempt("other thread owns it:", r._is_owned)
    attempt("other thread's count:", r._recursion_count)
t = threading.Thread(target=other_thread)
t.start(); t.join()
r.release(); r.release()
attempt("released too often:", r.release)
print(repr(r).split(" at ")[0])
with r:
    with r:
        print("nested with:", r._recursion_count())
state = (r.acquire(), r._release_save())
print("released for a wait:", state[1][0], r._recursion_count())
attempt("release_save unowned:", r._release_save)
r._acquire_restore(state[1])
print("restored:", r._recursion_count(), r._is_owned())
r.release()

# a lock waited for by many threads is handed to each in turn
counter = 0
def add(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(2000,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter:", counter)
