# Threads wait for an Event before they start working, like runners waiting for the gun.
import threading
import time

go = threading.Event()
finished = []
finish_lock = threading.Lock()


def runner(name, laps):
    go.wait()
    total = 0
    for lap in range(laps):
        total += lap
    with finish_lock:
        finished.append((name, total))


runners = [threading.Thread(target=runner, args=(f"runner-{i}", 1000 * (i + 1))) for i in range(3)]
for r in runners:
    r.start()
time.sleep(0.05)
print("before the signal:", finished, "is_set:", go.is_set())
go.set()
for r in runners:
    r.join()
print(sorted(finished))
go.clear()
print("wait with timeout after clear:", go.wait(0.01))
