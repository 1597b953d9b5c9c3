# The "race condition" demo of many GIL articles: counter += 1 from several threads without a lock.
# On CPython 3.10+ the GIL only switches at backward jumps, calls and function entry, so this
# particular loop loses no updates. (With a call between the read and the write it may lose some, or
# not: that depends on when the threads happen to switch, so it is for bench/, not for a comparison.)
import sys
import threading

counter = 0


def increment(n):
    global counter
    for _ in range(n):
        counter += 1


def run(target, n=200_000, threads=4):
    global counter
    counter = 0
    workers = [threading.Thread(target=target, args=(n,)) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter


print("switch interval:", sys.getswitchinterval())
print("plain += :", run(increment), "expected", 4 * 200_000)
