# sys.setswitchinterval: how often the GIL may change hands between CPU-bound threads.
# differential: normalize floats
import sys
import threading
import time


def spin(n):
    while n:
        n -= 1


print("default:", sys.getswitchinterval())
for interval in (0.001, 0.005, 0.05):
    sys.setswitchinterval(interval)
    threads = [threading.Thread(target=spin, args=(300_000,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"interval {sys.getswitchinterval()}: {time.perf_counter() - start:.3f}s")
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
