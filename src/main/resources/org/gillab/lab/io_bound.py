# N threads that block (time.sleep releases the GIL) against the same sleeps one after another.
# Rows: [mode, threads, seconds].
import time
import threading


def sleeper(seconds):
    time.sleep(seconds)


def main(threads, seconds):
    start = time.perf_counter()
    for i in range(threads):
        sleeper(seconds)
    sequential = time.perf_counter() - start
    start = time.perf_counter()
    started = []
    for i in range(threads):
        t = threading.Thread(target=sleeper, args=(seconds,))
        started.append(t)
        t.start()
    for t in started:
        t.join()
    return [['one after another', threads, sequential], ['threads', threads, time.perf_counter() - start]]
