# sqlite3: Python functions called from SQL (create_function), their arguments and results, and errors.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.create_function("double", 1, lambda x: None if x is None else x * 2, deterministic=True)
conn.create_function("describe", -1, lambda *args: ",".join(f"{type(a).__name__}:{a!r}" for a in args))
conn.create_function("blob", 1, lambda n: bytes(range(n)))
conn.create_function("fails", 0, lambda: 1 / 0)
conn.create_function("weird", 0, lambda: object())
conn.execute("CREATE TABLE nums (n)")
conn.executemany("INSERT INTO nums VALUES (?)", [(i,) for i in range(5)] + [(None,), (2.5,), ("s",)])
print(conn.execute("SELECT double(n) FROM nums").fetchall())
print(conn.execute("SELECT describe(1, 2.5, 'x', x'00ff', NULL)").fetchone())
print(conn.execute("SELECT describe()").fetchone(), conn.execute("SELECT blob(3)").fetchone())
print(conn.execute("SELECT n FROM nums WHERE double(n) > 4 ORDER BY n").fetchall())
for name in ("fails", "weird"):
    try:
        conn.execute(f"SELECT {name}()").fetchall()
    except sqlite3.OperationalError as e:
        print(name, type(e).__name__, e)
try:
    conn.execute("SELECT double(1, 2)")
except sqlite3.OperationalError as e:
    print(e)
conn.close()

# aggregates: a class whose instances step through a group's rows and finalize its result
conn = sqlite3.connect(":memory:")


class Total:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def finalize(self):
        return self.total


class Joined:
    def __init__(self):
        self.parts = []

    def step(self, *values):
        self.parts.append("/".join(map(str, values)))

    def finalize(self):
        return ",".join(self.parts)


class BadInit:
    def __init__(self):
        raise ValueError("init")


class BadStep:
    def step(self, value):
        raise ValueError("step")

    def finalize(self):
        return 1


class BadFinalize:
    def step(self, value):
        pass

    def finalize(self):
        raise ValueError("finalize")


conn.execute("CREATE TABLE t (k, v)")
conn.execute("CREATE TABLE empty (v)")
conn.executemany("INSERT INTO t VALUES (?, ?)", [(i % 3, i) for i in range(10)])
conn.create_aggregate("total", 1, Total)
conn.create_aggregate("joined", -1, Joined)
print(conn.execute("SELECT total(v) FROM t").fetchone(), conn.execute("SELECT total(v) FROM empty").fetchone())
print(conn.execute("SELECT k, total(v), joined(k, v) FROM t GROUP BY k ORDER BY k").fetchall())
for cls in (BadInit, BadStep, BadFinalize):
    conn.create_aggregate(cls.__name__, 1, cls)
    for table in ("t", "empty"):
        try:
            print(cls.__name__, table, conn.execute(f"SELECT {cls.__name__}(v) FROM {table}").fetchall())
        except sqlite3.OperationalError as e:
            print(cls.__name__, table, e)
conn.close()
