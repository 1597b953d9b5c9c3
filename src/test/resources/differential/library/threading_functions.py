# threading's module functions: current_thread, main_thread, enumerate, active_count, identities
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
print(threading.TIMEOUT_MAX, threading.stack_size())

release = threading.Event()
started = []
def worker(i):
    started.append(i)
    release.wait()
ts = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts), sorted(started))
release.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

def in_thread():
    me = threading.current_thread()
    print("in thread:", me.name, me is not threading.main_thread(), threading.main_thread().name)
t = threading.Thread(target=in_thread, name="inner"); t.start(); t.join()
print(threading.settrace(None), threading.gettrace(), threading.setprofile(None), threading.getprofile())
print(sorted(threading.__all__))
