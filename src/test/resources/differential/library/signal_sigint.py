# signal: SIGINT's handler (default_int_handler, a Python function, SIG_IGN), raise_signal,
# _thread.interrupt_main and os.kill of this process, the constants, misuse
# differential: needs sigint
import signal, threading, _thread, os, time

print(int(signal.SIGINT), int(signal.SIGTERM), int(signal.SIGKILL), int(signal.SIG_DFL), int(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

# the default: SIGINT is KeyboardInterrupt in the main thread
try:
    signal.raise_signal(signal.SIGINT)
    for i in range(10):
        pass
    print("not reached")
except KeyboardInterrupt:
    print("raise_signal: KeyboardInterrupt")

# a handler of our own, called in the main thread with the signal number and the frame
calls = []
def handler(signum, frame):
    calls.append((signum, frame.f_code.co_name, threading.current_thread().name))
old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)
print("after raise_signal:", calls)
def in_a_function():
    _thread.interrupt_main()
    for i in range(10):
        pass
in_a_function()
print("after interrupt_main:", calls[-1])
os.kill(os.getpid(), signal.SIGINT)
for i in range(10):
    pass
print("after os.kill:", len(calls))

# a signal arriving while the main thread waits: the handler runs, then the wait goes on
def later():
    time.sleep(0.05)
    _thread.interrupt_main()
t = threading.Thread(target=later)
t.start()
start = time.monotonic()
time.sleep(0.2)
print("sleep went on after the handler:", time.monotonic() - start >= 0.19, len(calls))
t.join()

# SIG_IGN: the signal is dropped
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGINT)
for i in range(10):
    pass
print("ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)

# misuse
for args in [(signal.SIGINT, 5), (99, signal.SIG_IGN), (signal.SIGKILL, signal.SIG_IGN), ("x", signal.SIG_IGN)]:
    try:
        signal.signal(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
def from_a_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except ValueError as e:
        print("ValueError", e)
t = threading.Thread(target=from_a_thread)
t.start()
t.join()
