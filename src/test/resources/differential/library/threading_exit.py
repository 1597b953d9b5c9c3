# At exit, after an uncaught exception: the traceback first, then threading joins the non-daemon
# threads, then the atexit callbacks run (last registered first); daemon threads are not waited for.
import atexit, threading, time

def slow(label, seconds):
    time.sleep(seconds)
    print(label, "done")

atexit.register(print, "atexit: registered first, runs last")
atexit.register(lambda: print("atexit: sees threads alive:", [t.name for t in threading.enumerate()]))
threading.Thread(target=slow, args=("non-daemon", 0.5), name="worker").start()
threading.Thread(target=slow, args=("daemon (never printed)", 30), daemon=True).start()
threading._register_atexit(print, "threading atexit: before the joins")
print("main raises")
raise RuntimeError("main thread failed")
