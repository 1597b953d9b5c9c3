# Threads calling libc through ctypes at once: CDLL calls run without the GIL, callbacks take it back,
# PyDLL calls hold it. Only results are printed; bench/python/ctypes_threads.py shows the overlap.
import threading
from ctypes import CDLL, PyDLL, CFUNCTYPE, POINTER, c_int, c_long, c_char_p, create_string_buffer, sizeof

libc = CDLL("libc.so.6")
pylibc = PyDLL("libc.so.6")
libc.usleep.argtypes = [c_int]
libc.strtol.restype = c_long
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
results = {}
lock = threading.Lock()


def work(n):
    libc.usleep(2000)
    buf = create_string_buffer(32)
    libc.snprintf(buf, sizeof(buf), b"thread %d: %d", n, n * n)
    values = (c_int * 20)(*[(i * 7 + n) % 20 for i in range(20)])
    libc.qsort(values, len(values), sizeof(c_int), CMP(lambda a, b: a[0] - b[0]))
    pylibc.usleep(1000)
    parsed = libc.strtol(c_char_p(str(n * 1000).encode()), None, 10)
    with lock:
        results[n] = (buf.value, list(values) == sorted(values), parsed, pylibc.abs(-n))


threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
