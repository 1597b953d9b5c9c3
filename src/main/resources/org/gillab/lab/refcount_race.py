# Threads that only pass one shared object around: every load adds a reference and every store or
# pop removes one. Under a GIL (or 3.13t's biased counting) its count ends exact; with no lock and
# plain read-add-write counts, updates race: counts drift, objects leak or are freed while in use.
import threading

shared = [1, 2, 3]


def churn(n):
    for i in range(n):
        x = shared
        y = x
        x = y


def main(threads, n):
    started = []
    for i in range(threads):
        t = threading.Thread(target=churn, args=(n,))
        started.append(t)
        t.start()
    for t in started:
        t.join()
    return []
