# The "race condition" demo of many GIL articles: counter += 1 from several threads without a lock.
# On CPython 3.10+ the GIL only switches at backward jumps, calls and function entry, so this
# particular loop loses no updates; with a call between the read and the write it does.
import sys
import threading

counter = 0


def increment(n):
    global counter
    for _ in range(n):
        counter += 1


def increment_with_call(n):
    global counter
    for _ in range(n):
        value = counter
        abs(0)  # a call: an eval-breaker check point between the read and the write
        counter = value + 1


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
lost = run(increment_with_call)
print("with a call inside:", "lost updates" if lost < 800_000 else "no lost updates")
