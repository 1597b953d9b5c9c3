# Two CPU-bound threads at switch intervals of 0.5, 5 and 50 ms: how often does the lock change hands,
# and how long does each thread run before it does? The threads watch a shared "last runner" variable.
# Usage: switch_interval.py [N]   (default 10000000 per thread)
import sys
import time
import threading

last = ""
since = 0.0
slices = []


def worker(me, n):
    global last, since
    while n > 0:
        if last != me:
            now = time.time()
            if last != "":
                slices.append(now - since)
            since = now
            last = me
        n -= 1


def measure(interval, n):
    global last, slices
    last = ""
    slices = []
    sys.setswitchinterval(interval)
    a = threading.Thread(target=worker, args=("A", n))
    b = threading.Thread(target=worker, args=("B", n))
    start = time.time()
    a.start()
    b.start()
    a.join()
    b.join()
    elapsed = time.time() - start
    handoffs = len(slices)
    slices.sort()
    median = 0.0
    if handoffs > 0:
        median = slices[handoffs // 2]
    ms = interval * 1000
    print("interval %.1f ms: %.3f s, %d hand-offs (runtime/interval %.0f), median slice %.2f ms"
          % (ms, elapsed, handoffs, elapsed / interval, median * 1000))
    print("RESULT handoffs_per_expected_%sms %.3f" % (ms, handoffs / (elapsed / interval)))
    print("RESULT median_slice_per_interval_%sms %.3f" % (ms, median / interval))


def main():
    n = 10000000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    for interval in [0.0005, 0.005, 0.05]:
        measure(interval, n)
    sys.setswitchinterval(0.005)


if __name__ == '__main__':
    main()
