# Wrong calls of the time module's functions: the clocks take no arguments (METH_NOARGS), sleep and
# mktime exactly one (METH_O), asctime unpacks at most one, strptime hands its own to a Python function.
import time

def t(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
for name in ["time", "time_ns", "perf_counter", "monotonic_ns", "process_time", "thread_time", "sleep", "mktime", "gmtime", "localtime", "ctime", "asctime", "strftime", "strptime", "get_clock_info"]:
    f = getattr(time, name)
    t(lambda: f(1, 2, 3))
    t(lambda: f(x=1))
    if name in ("sleep", "mktime", "strftime", "strptime", "get_clock_info"):
        t(lambda: f())
t(lambda: time.strptime("2024", "%Y", 3))
t(lambda: time.strptime(data_string="2024"))
