# A shared counter protected by a Lock: the result is exact.
import threading

counter = 0
lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=increment, args=(50_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
assert counter == 200_000, counter
print("lock is free again:", not lock.locked())
