# Two threads each call libc's usleep(100000) five times through ctypes. A CDLL call releases the GIL,
# so the threads sleep together (ratio near 0.5 of serial); through a PyDLL each call holds the GIL, so
# they take turns (ratio near 1.0). The classic demonstration that C code runs outside the GIL.
import threading
import time
from ctypes import CDLL, PyDLL
from ctypes.util import find_library

CALLS = 5
MICROSECONDS = 100000


def timed(library, threads):
    def work():
        for _ in range(CALLS):
            library.usleep(MICROSECONDS)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - start


def main():
    name = find_library("c")
    for library in (CDLL(name), PyDLL(name)):
        serial = 2 * timed(library, 1)
        parallel = timed(library, 2)
        kind = type(library).__name__
        print("%s: 2 threads x %d x usleep(%d): %.3f s wall, serial %.3f s" % (kind, CALLS, MICROSECONDS, parallel, serial))
        print("RESULT %s_parallel_over_serial %.2f" % (kind, parallel / serial))


if __name__ == '__main__':
    main()
