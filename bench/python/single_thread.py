# One thread counts down three times; the best time counts. On the model under --gil new and under
# --gil unsafe (no lock, nothing else changed), the ratio is the single-thread cost of the GIL machinery.
# Usage: single_thread.py [N]   (default 50000000)
import sys
import time


def countdown(n):
    while n > 0:
        n -= 1


def main():
    n = 50000000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    times = []
    for i in range(3):
        start = time.time()
        countdown(n)
        times.append(time.time() - start)
    print("countdown %d on one thread: best of 3 %.3f s" % (n, min(times)))
    print("RESULT best_s %.4f" % min(times))


main()
