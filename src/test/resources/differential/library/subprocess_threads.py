# Threads that each run a child: the waits release the GIL, and every result arrives
import subprocess
import threading

results = {}


def worker(i):
    r = subprocess.run(["sh", "-c", "sleep 0.2; echo child $0", str(i)], capture_output=True, text=True)
    results[i] = (r.returncode, r.stdout)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])

procs = [subprocess.Popen(["sh", "-c", "exit $0", str(i)]) for i in range(3)]
waiters = [threading.Thread(target=p.wait) for p in procs]
for t in waiters:
    t.start()
for t in waiters:
    t.join()
print([p.returncode for p in procs])
