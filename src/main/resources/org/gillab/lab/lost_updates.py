# counter += 1 in several threads. It is LOAD, ADD, STORE: if the GIL changes hands between the load
# and the store, an update is lost. CPython 3.10+ only switches at backward jumps, calls and function
# entry, so it never does; 3.9 switched between any two instructions, so it did.
# Rows: [expected, counted].
import threading

counter = 0


def add(n):
    global counter
    for i in range(n):
        counter += 1


def main(threads, n):
    global counter
    counter = 0
    started = []
    for i in range(threads):
        t = threading.Thread(target=add, args=(n,))
        started.append(t)
        t.start()
    for t in started:
        t.join()
    return [[threads * n, counter]]
