# N threads that block (time.sleep releases the GIL) against the same sleeps one after another.
# Rows: [mode, threads, seconds].
import time
import threading

clock = getattr(time, 'perf_counter', time.time)  # 2.7 has no perf_counter


def sleeper(seconds):
    time.sleep(seconds)


def main(threads, seconds):
    start = clock()
    for i in range(threads):
        sleeper(seconds)
    sequential = clock() - start
    start = clock()
    started = []
    for i in range(threads):
        t = threading.Thread(target=sleeper, args=(seconds,))
        started.append(t)
        t.start()
    for t in started:
        t.join()
    return [['one after another', threads, sequential], ['threads', threads, clock() - start]]
