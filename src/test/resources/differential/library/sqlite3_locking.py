# sqlite3 and SQLite's locks: "database is locked" once the timeout passes; a connection waiting for a lock
# does so without the GIL, so the thread holding the lock can run on and commit.
import os
import sqlite3
import tempfile
import threading

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "locks.db")
    holder = sqlite3.connect(path, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.commit()
    holder.execute("INSERT INTO t VALUES (1)")  # a write transaction, left open
    impatient = sqlite3.connect(path, timeout=0)
    try:
        impatient.execute("INSERT INTO t VALUES (2)")
    except sqlite3.OperationalError as e:
        print("impatient:", e, e.sqlite_errorname, impatient.in_transaction)
    print("reader sees", impatient.execute("SELECT count(*) FROM t").fetchone())
    impatient.close()

    started = threading.Event()
    outcome = []

    def waiter():
        conn = sqlite3.connect(path, timeout=30)
        started.set()
        try:
            with conn:
                conn.execute("INSERT INTO t VALUES (3)")  # waits, without the GIL, for the holder's commit
            outcome.append("inserted")
        except sqlite3.OperationalError as e:
            outcome.append(str(e))
        conn.close()

    t = threading.Thread(target=waiter)
    t.start()
    started.wait()
    total = sum(range(100000))  # Python work while the waiter waits
    holder.commit()
    t.join()
    print(total, outcome, holder.execute("SELECT x FROM t ORDER BY x").fetchall())
    holder.close()
