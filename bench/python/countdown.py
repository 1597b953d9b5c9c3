# The same total countdown on 1, 2 and 4 threads: under a GIL, threads buy nothing for CPU-bound work.
# Usage: countdown.py [N]   (default 50000000). Runs on the model and on CPython 2.7 / 3.x alike.
import sys
import time
import threading


def countdown(n):
    while n > 0:
        n -= 1


def run(threads, n):
    workers = []
    for i in range(threads):
        workers.append(threading.Thread(target=countdown, args=(n // threads,)))
    start = time.time()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.time() - start


def main():
    n = 50000000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    single1 = run(1, n)
    two = run(2, n)
    four = run(4, n)
    single2 = run(1, n)
    single = (single1 + single2) / 2
    print("countdown %d: 1 thread %.3f s (%.3f, %.3f)" % (n, single, single1, single2))
    print("  2 threads %.3f s -> %.2f, 4 threads %.3f s -> %.2f" % (two, two / single, four, four / single))
    print("RESULT single_s %.4f" % single)
    print("RESULT ratio_2_threads %.4f" % (two / single))
    print("RESULT ratio_4_threads %.4f" % (four / single))


if __name__ == '__main__':
    main()
