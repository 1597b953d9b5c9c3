# The seed's countdown on CPython, timed like the seed times it: one thread, N threads, and a Pool
# of N processes started before the clock starts, then one thread again. The two one-thread runs are
# pinned to the two cores the lab names (cpus), one each, where os.sched_setaffinity exists (3.3+): the
# lab takes their mean (BaselineCores.java says why). Rows: [mode, workers, seconds], and for a
# one-thread run the cpu it was pinned to (None: anywhere). Runs on 2.7 too.
#
# countdown is called WARM_UP_CALLS times before the first clock starts: CPython 3.11 specializes a
# function's bytecode (BINARY_OP_SUBTRACT_INT, COMPARE_OP_INT_JUMP) only once it has been called about
# eight times, and runs the loop a third faster afterwards (20M here: 0.50-0.58 s before, 0.33-0.36 s
# after). Unwarmed, the modes timed before the eighth call ran slower than those after it, and 2 threads
# under the GIL showed 0.6x one thread. Warm, every mode runs the same bytecode, as the model's warmed
# timing processes do; a Pool's forked workers inherit it.
import os
import time
import threading
import multiprocessing

clock = getattr(time, 'perf_counter', time.time)  # 2.7 has no perf_counter


def countdown(n):
    while n > 0:
        n -= 1


def timed(function, *args):
    start = clock()
    function(*args)
    return clock() - start


def on_cpu(cpu, function, *args):
    """[seconds, cpu] of function(*args) run with cpu as this thread's only CPU; then the thread's CPUs
    are given back before anything else starts (threads and forked workers inherit them)."""
    if cpu is None or not hasattr(os, 'sched_setaffinity'):
        return [timed(function, *args), None]
    everywhere = os.sched_getaffinity(0)
    os.sched_setaffinity(0, [cpu])
    try:
        return [timed(function, *args), cpu]
    finally:
        os.sched_setaffinity(0, everywhere)


def share(count, workers, index):
    return count // workers + (count % workers if index == 0 else 0)


def threads(count, workers):
    started = [threading.Thread(target=countdown, args=(share(count, workers, i),)) for i in range(workers)]
    for t in started:
        t.start()
    for t in started:
        t.join()


WARM_UP_CALLS = 16


def main(count, worker_counts, modes, cpus=None):
    for _ in range(WARM_UP_CALLS):
        countdown(1)
    first, last = cpus or (None, None)
    rows = [['1 thread', 1] + on_cpu(first, countdown, count)]
    for workers in worker_counts:
        if 'threads' in modes:
            rows.append(['threads', workers, timed(threads, count, workers)])
        if 'processes' in modes:
            pool = multiprocessing.Pool(workers)  # 2.7's Pool is no context manager
            try:
                start = clock()
                results = [pool.apply_async(countdown, (share(count, workers, i),)) for i in range(workers)]
                for r in results:
                    r.get()
                rows.append(['processes', workers, clock() - start])
            finally:
                pool.terminate()
                pool.join()
    rows.append(['1 thread', 1] + on_cpu(last, countdown, count))
    return rows
