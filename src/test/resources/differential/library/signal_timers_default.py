# signal: SIGALRM without a handler (SIG_DFL) ends the program as the kernel ends CPython's process:
# no except or finally block and no atexit callback runs, and the exit status is 128 + 14 (a shell's
# "Alarm clock"), without waiting for a thread that is still running. The loop waits for the signal itself.
import atexit, signal, threading

forever = threading.Event()
waiter = threading.Thread(target=forever.wait)
waiter.start()

atexit.register(print, "atexit: not reached")
print("alarm in 0.05 s, handler:", signal.getsignal(signal.SIGALRM), flush=True)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except BaseException as e:
    print("not reached:", type(e).__name__, flush=True)
finally:
    print("finally: not reached", flush=True)
