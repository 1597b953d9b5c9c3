# Threads that only pass one shared object around: every load adds a reference and every store or
# pop removes one. Under a GIL (or 3.13t's biased counting) its count ends exact; with no lock and
# plain read-add-write counts, updates race: counts drift, objects leak or are freed while in use.
# The threads start passing it only once all of them have started: with no lock, a thread still
# starting (its Thread object, threading's own state) would race with those already passing, and a
# count lost there freed the Thread object the main thread was starting ("Thread.__init__() not
# called"), where the race is meant to show on the shared object. Waiting reads a flag, which takes
# and drops no reference (True and False are immortal).
import threading

shared = [1, 2, 3]
go = False


def churn(n):
    while not go:
        pass
    for i in range(n):
        x = shared
        y = x
        x = y


def main(threads, n):
    global go
    started = []
    for i in range(threads):
        t = threading.Thread(target=churn, args=(n,))
        started.append(t)
        t.start()
    go = True
    for t in started:
        t.join()
    return []
