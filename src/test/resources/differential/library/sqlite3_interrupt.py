# sqlite3: a query that never ends runs without the GIL, so another thread can run and interrupt() it.
import sqlite3
import threading

conn = sqlite3.connect(":memory:", check_same_thread=False)
outcome = []


def endless():
    try:
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n").fetchall()
        outcome.append("finished")
    except sqlite3.OperationalError as e:
        outcome.append((type(e).__name__, str(e), e.sqlite_errorname))


t = threading.Thread(target=endless)
t.start()
while t.is_alive():
    conn.interrupt()
    t.join(0.01)
print(outcome, conn.execute("SELECT 42").fetchone())


class Counting(sqlite3.Connection):
    calls = 0

    def cursor(self, *args, **kwargs):
        Counting.calls += 1
        return super().cursor(*args, **kwargs)


sub = sqlite3.connect(":memory:", factory=Counting)
sub.execute("SELECT 1")
with sub:
    sub.execute("CREATE TABLE t (x)")
print(type(sub).__name__, isinstance(sub, sqlite3.Connection), Counting.calls)
sub.close()
conn.close()
