# Barrier (indices, action, timeout, abort, reset, BrokenBarrierError) and Timer (fires, cancel, arguments)
import threading, time

b = threading.Barrier(3, action=lambda: print("action runs once per round"))
print(repr(b).split(" at ")[0], repr(b).split(":")[-1], b.parties, b.n_waiting, b.broken)
indices = []
def party():
    for round in range(2):
        indices.append(b.wait())
ps = [threading.Thread(target=party) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print("indices:", sorted(indices))

# a timeout breaks the barrier for everyone waiting and for whoever comes later
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("timed out:", type(e).__name__, repr(e), b.broken, repr(b).split(":")[-1])
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, b.n_waiting)

# abort wakes the waiters with BrokenBarrierError
b = threading.Barrier(3)
results = []
def waiter():
    try:
        b.wait()
        results.append("passed")
    except threading.BrokenBarrierError:
        results.append("broken")
ws = [threading.Thread(target=waiter) for i in range(2)]
for w in ws: w.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.abort()
for w in ws: w.join()
print("abort:", results, b.broken)

# an action that raises breaks the barrier; the raising thread sees the error
def bad_action():
    raise ValueError("action failed")
b = threading.Barrier(1, action=bad_action)
try:
    b.wait()
except ValueError as e:
    print("action raised:", e, b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.Barrier(0).parties)

# Timer: fires after the interval with its arguments, or never once cancelled
t = threading.Timer(0.01, print, args=["timer fired", 1], kwargs={"sep": "|"})
print(t.name.startswith("Thread-"), t.interval, t.args, t.kwargs, t.daemon)
t.start(); t.join()
fired = []
t = threading.Timer(10, fired.append, args=["no"])
t.start()
t.cancel()
t.join()
print("cancelled:", fired, t.finished.is_set())
t = threading.Timer(0, fired.append, args=("yes",))
t.start(); t.join()
print(fired, isinstance(t, threading.Thread))
