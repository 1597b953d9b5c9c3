# A Barrier makes threads wait for each other at the end of each phase.
# differential: sort lines
import threading

PARTIES = 3
barrier = threading.Barrier(PARTIES, action=lambda: print("-- phase complete --"))
results = {}


def worker(i):
    for phase in range(2):
        results[(i, phase)] = i * 10 + phase
        index = barrier.wait()
        if index == 0:
            print(f"phase {phase}: one thread got index 0")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", sorted(results.items()))
print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout, broken =", b.broken)
