import tracemalloc, threading
tracemalloc.start()
data = []
def work(n):
    data.append([i * i for i in range(n)])
ts = [threading.Thread(target=work, args=(10000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tracemalloc.stop()
print(len(data), sum(len(d) for d in data))
