# The seed's countdown on CPython, timed like the seed times it: one thread, N threads, and a Pool
# of N processes started before the clock starts, then one thread again (the lab keeps the faster of the
# two one-thread runs). Rows: [mode, workers, seconds]. Runs on 2.7 too.
#
# countdown is called WARM_UP_CALLS times before the first clock starts: CPython 3.11 specializes a
# function's bytecode (BINARY_OP_SUBTRACT_INT, COMPARE_OP_INT_JUMP) only once it has been called about
# eight times, and runs the loop a third faster afterwards (20M here: 0.50-0.58 s before, 0.33-0.36 s
# after). Unwarmed, the modes timed before the eighth call ran slower than those after it, and 2 threads
# under the GIL showed 0.6x one thread. Warm, every mode runs the same bytecode, as the model's warmed
# timing processes do; a Pool's forked workers inherit it.
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


def share(count, workers, index):
    return count // workers + (count % workers if index == 0 else 0)


def threads(count, workers):
    started = [threading.Thread(target=countdown, args=(share(count, workers, i),)) for i in range(workers)]
    for t in started:
        t.start()
    for t in started:
        t.join()


WARM_UP_CALLS = 16


def main(count, worker_counts, modes):
    for _ in range(WARM_UP_CALLS):
        countdown(1)
    rows = [['1 thread', 1, timed(countdown, count)]]
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
    rows.append(['1 thread', 1, timed(countdown, count)])
    return rows
