"""Hashing big buffers in two threads vs one thread: CPython's hashlib releases the GIL while it hashes
2048 bytes or more, so two threads take about half the time of one doing the same work (on two cores).
Runs on CPython and on the model alike; prints the wall-time ratio threads/serial of one run, best of
`repeats` each, after a warm-up (the model's JIT), and how many cores the threads kept busy (process CPU
time over wall time: near 2 when they hash in parallel, near 1 when a GIL serialises them).

    python3 bench/python/hash_threads.py [rounds] [zlib]
    java -jar target/gil-lab.jar run bench/python/hash_threads.py [rounds] [zlib]
"""
import hashlib
import sys
import threading
import time
import zlib

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 40
USE_ZLIB = len(sys.argv) > 2 and sys.argv[2] == "zlib"
big = bytes(range(256)) * 4096 * 4  # 4 MiB


def work(rounds):
    for _ in range(rounds):
        if USE_ZLIB:
            zlib.compress(big, 6)
        else:
            hashlib.sha256(big).hexdigest()


def serial():
    start = time.perf_counter()
    work(2 * ROUNDS)
    return time.perf_counter() - start


def threaded():
    global busy
    threads = [threading.Thread(target=work, args=(ROUNDS,)) for _ in range(2)]
    start = time.perf_counter()
    cpu = time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    busy = max(busy, (time.process_time() - cpu) / wall)
    return wall


busy = 0.0  # the most cores the threaded runs kept busy at once (CPU time over wall time)


work(ROUNDS)  # warm-up
repeats = 3
one = min(serial() for _ in range(repeats))
two = min(threaded() for _ in range(repeats))
print(f"{'zlib.compress' if USE_ZLIB else 'sha256'}: serial {one:.3f} s, 2 threads {two:.3f} s, ratio {two / one:.2f}, "
      f"threads kept {busy:.2f} cores busy")
