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
