# The classic GIL demonstration: a CPU-bound countdown, sequential vs two threads.
# differential: normalize floats
# Which run was faster is a timing, not output: it is measured in bench/, so this program prints
# only what every run prints the same way.
import time
from threading import Thread

COUNT = 5_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.time()
countdown(COUNT)
sequential = time.time() - start
print(f"Sequential: {sequential:.2f} seconds")

t1 = Thread(target=countdown, args=(COUNT // 2,))
t2 = Thread(target=countdown, args=(COUNT // 2,))
start = time.time()
t1.start()
t2.start()
t1.join()
t2.join()
threaded = time.time() - start
print(f"Two threads: {threaded:.2f} seconds")
print("Both threads finished:", not (t1.is_alive() or t2.is_alive()))
