# sqlite3 and threads: a pool of 8 workers writing through one connection (check_same_thread=False),
# each also reading through a connection of its own; then a queue.Queue feeding one writer thread.
import os
import queue
import sqlite3
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "results.db")
    shared = sqlite3.connect(path, check_same_thread=False)
    shared.execute("CREATE TABLE results (worker INTEGER, item INTEGER, square INTEGER)")
    shared.commit()
    write_lock = threading.Lock()

    def work(worker):
        reader = sqlite3.connect(path)
        for item in range(25):
            with write_lock, shared:
                shared.execute("INSERT INTO results VALUES (?, ?, ?)", (worker, item, item * item))
        mine = reader.execute("SELECT count(*), sum(square) FROM results WHERE worker = ?", (worker,)).fetchone()
        reader.close()
        return worker, mine

    with ThreadPoolExecutor(max_workers=8) as pool:
        seen = sorted(pool.map(work, range(8)))
    print(os.path.basename(path), seen)
    print(shared.execute("SELECT count(*), count(DISTINCT worker), sum(square) FROM results").fetchone())
    print(shared.in_transaction, shared.total_changes)

    # the same connection without a Python lock: SQLite's own serialization in autocommit mode
    auto = sqlite3.connect(path, check_same_thread=False, isolation_level=None)

    def insert_many(worker):
        for item in range(20):
            auto.execute("INSERT INTO results VALUES (?, ?, ?)", (100 + worker, item, 0))

    threads = [threading.Thread(target=insert_many, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(auto.execute("SELECT worker, count(*) FROM results WHERE worker >= 100 GROUP BY worker").fetchall()))
    auto.close()

    # a queue feeding one writer thread, which owns its connection
    jobs = queue.Queue()

    def writer():
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE words (word TEXT PRIMARY KEY, length INTEGER)")
        while True:
            batch = jobs.get()
            if batch is None:
                break
            with conn:
                conn.executemany("INSERT OR IGNORE INTO words VALUES (?, ?)", ((w, len(w)) for w in batch))
        conn.close()

    def producer(words):
        for i in range(0, len(words), 3):
            jobs.put(words[i:i + 3])

    w = threading.Thread(target=writer)
    w.start()
    producers = [threading.Thread(target=producer, args=([f"{p}-{n}" * (n % 3 + 1) for n in range(10)],))
                 for p in "abcd"]
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    jobs.put(None)
    w.join()
    print(shared.execute("SELECT count(*), sum(length) FROM words").fetchone())
    shared.close()
