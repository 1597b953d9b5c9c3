# Dining philosophers: deadlock avoided by always taking the lower-numbered fork first.
import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1


threads = [threading.Thread(target=philosopher, args=(i, 1000), name=f"philosopher-{i}") for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals:", meals, "total:", sum(meals))
print("all forks free:", not any(f.locked() for f in forks))
lock = threading.Lock()
lock.acquire()
print("acquire with timeout on a held lock:", lock.acquire(timeout=0.05))
lock.release()
