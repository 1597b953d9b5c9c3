# _thread: start_new_thread, locks, identities, exit, errors
import _thread, threading, time

done = _thread.allocate_lock()
done.acquire()
seen = []
def worker(a, b, c=None):
    seen.append((a, b, c, threading.current_thread().name.startswith("Dummy-"), threading.current_thread().daemon))
    done.release()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print(seen, type(ident) is int)

def exits():
    seen.append("before exit")
    done.release()
    _thread.exit()
    seen.append("never")
_thread.start_new_thread(exits, ())
done.acquire()
time.sleep(0.05)
print(seen[-1])

def fails():
    try:
        raise KeyError("unhandled in a _thread thread")
    finally:
        done.release()
_thread.start_new_thread(fails, ())
done.acquire()
time.sleep(0.05)

for args in [(1, ()), (print, []), (print, (), []), (print,)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.get_ident() == threading.get_ident() == threading.main_thread().ident)
print(type(_thread.get_native_id()) is int, _thread.get_native_id() == threading.main_thread().native_id)
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(_thread.allocate is not None, _thread.start_new is not None, _thread.exit_thread is not None)
print(_thread.stack_size(), _thread.stack_size(65536), _thread.stack_size(), _thread.stack_size(0))
try:
    _thread.stack_size(1000)
except ValueError as e:
    print("ValueError:", e)
print(_thread._count() >= 0)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
