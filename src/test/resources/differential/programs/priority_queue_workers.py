import threading, queue, time, random, statistics, string
random.seed(3)
jobs = queue.PriorityQueue()
for i in range(10):
    jobs.put((random.randint(1, 5), i, "".join(random.choices(string.ascii_lowercase, k=4))))
out = []
cv = threading.Condition()
def worker():
    while True:
        try:
            prio, i, word = jobs.get_nowait()
        except queue.Empty:
            return
        with cv:
            out.append((prio, word.upper()))
            cv.notify_all()
        jobs.task_done()
ws = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in ws: w.start()
jobs.join()
print(sorted(out))
print(statistics.mean(p for p, _ in out), statistics.median_low([p for p, _ in out]))
e = threading.Event()
t = threading.Timer(0.01, e.set); t.start()
print(e.wait(5), threading.active_count() >= 1)
print(f"{threading.main_thread().name!r} {threading.get_native_id() > 0}")
