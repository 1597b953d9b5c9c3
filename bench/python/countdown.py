# The same total countdown on 1, 2 and 4 threads: under a GIL, threads buy nothing for CPU-bound work.
# Usage: countdown.py [N]   (default 50000000). Runs on the model and on CPython 2.7 / 3.x alike.
import os
import sys
import time
import threading


def countdown(n):
    while n > 0:
        n -= 1


def pinned(cpu, n):
    """countdown(n) on cpu alone where the system lets a thread pin itself (not 2.7): the one-thread
    baseline is the mean of one run on each of two cores, since a VM's cores can differ in speed."""
    if cpu is not None and hasattr(os, 'sched_setaffinity'):
        os.sched_setaffinity(0, [cpu])
    countdown(n)


def run(threads, n, cpu=None):
    workers = []
    for i in range(threads):
        workers.append(threading.Thread(target=pinned, args=(cpu, n // threads)))
    start = time.time()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.time() - start


def baseline_cpus():
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else []
    return (cpus[0], cpus[1]) if len(cpus) >= 2 else (None, None)


def main():
    n = 50000000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    first, last = baseline_cpus()
    single1 = run(1, n, first)
    two = run(2, n)
    four = run(4, n)
    single2 = run(1, n, last)
    single = (single1 + single2) / 2
    print("countdown %d: 1 thread %.3f s (%.3f, %.3f)" % (n, single, single1, single2))
    print("  2 threads %.3f s -> %.2f, 4 threads %.3f s -> %.2f" % (two, two / single, four, four / single))
    print("RESULT single_s %.4f" % single)
    print("RESULT ratio_2_threads %.4f" % (two / single))
    print("RESULT ratio_4_threads %.4f" % (four / single))


if __name__ == '__main__':
    main()
