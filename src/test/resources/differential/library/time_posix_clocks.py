# time.clock_gettime, clock_gettime_ns and clock_getres over the CLOCK_* ids, agreeing with the named
# clocks; os.sched_yield in a spin-wait that hands the CPU to the thread it waits for
import os
import threading
import time

names = sorted(name for name in dir(time) if name.startswith("CLOCK_"))
print([(name, getattr(time, name)) for name in names])
for name in names:
    clock = getattr(time, name)
    print(name, time.clock_getres(clock), type(time.clock_gettime(clock)).__name__, type(time.clock_gettime_ns(clock)).__name__)

before = time.monotonic()
reading = time.clock_gettime(time.CLOCK_MONOTONIC)
after = time.monotonic()
print("monotonic agrees:", before <= reading <= after)
before = time.time_ns()
reading = time.clock_gettime_ns(time.CLOCK_REALTIME)
after = time.time_ns()
print("realtime agrees:", before <= reading <= after)
print("cpu clocks count up:", time.clock_gettime(time.CLOCK_PROCESS_CPUTIME_ID) > 0, time.clock_gettime_ns(time.CLOCK_THREAD_CPUTIME_ID) > 0)

for bad in [99, -1, "x", 1.5, None]:
    for function in (time.clock_gettime, time.clock_gettime_ns, time.clock_getres):
        try:
            function(bad)
        except (OSError, TypeError) as e:
            print(function.__name__, repr(bad), type(e).__name__, e)
for args in [(), (1, 2)]:
    try:
        time.clock_gettime(*args)
    except TypeError as e:
        print("TypeError", e)

ready = threading.Event()
done = []


def producer():
    done.append("produced")
    ready.set()


worker = threading.Thread(target=producer)
worker.start()
while not ready.is_set():
    os.sched_yield()
worker.join()
print(done, os.sched_yield())
try:
    os.sched_yield(1)
except TypeError as e:
    print("TypeError", e)
