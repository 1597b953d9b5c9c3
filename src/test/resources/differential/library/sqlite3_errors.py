# sqlite3: the DB-API exception hierarchy and SQLite's own messages, bindings' errors, closed objects.
import sqlite3

for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"):
    cls = getattr(sqlite3, name)
    print(cls.__module__, cls.__name__, [base.__name__ for base in cls.__mro__[1:]])

conn = sqlite3.connect(":memory:")
print([getattr(conn, name) is getattr(sqlite3, name) for name in ("Error", "OperationalError", "Warning")])
conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, ref INTEGER REFERENCES t(id))")
conn.execute("INSERT INTO t VALUES (1, 'one', NULL)")


def attempt(label, sql, *params):
    try:
        result = conn.execute(sql, *params).fetchall()
        print(label, "ok", result)
    except (sqlite3.Error, OverflowError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e, getattr(e, "sqlite_errorname", ""), getattr(e, "sqlite_errorcode", ""))


attempt("no table", "SELECT * FROM nope")
attempt("syntax", "SELEC 1")
attempt("no column", "SELECT nope FROM t")
attempt("unique", "INSERT INTO t VALUES (2, 'one', NULL)")
attempt("primary key", "INSERT INTO t VALUES (1, 'uno', NULL)")
attempt("not null", "INSERT INTO t VALUES (3, NULL, NULL)")
attempt("two statements", "SELECT 1; SELECT 2")
attempt("too few", "INSERT INTO t VALUES (?, ?, ?)", (4, "four"))
attempt("too many", "SELECT ?", (1, 2))
attempt("missing name", "SELECT :a, :b", {"a": 1})
attempt("dict for qmark", "SELECT ?", {"a": 1})
attempt("unsupported params", "SELECT ?", 5)
attempt("None params", "SELECT 1", None)
attempt("big int", "SELECT ?", (2 ** 64,))
attempt("object", "SELECT ?, ?", (1, object()))
attempt("list", "SELECT ?", ([1],))
attempt("empty", "")
attempt("comment only", "-- nothing here")
attempt("trailing comment", "SELECT 1; -- fine")
attempt("trigger", "CREATE TRIGGER trg AFTER INSERT ON t BEGIN UPDATE t SET ref = 1 WHERE id = new.id; END")
attempt("bad function", "SELECT nofunc(1)")
attempt("executemany select", "SELECT 1")
try:
    conn.executemany("SELECT ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("executemany", e)
try:
    conn.execute(42)
except TypeError as e:
    print("TypeError", e)
try:
    conn.executescript("CREATE TABLE u (x); INSERT INTO nowhere VALUES (1); CREATE TABLE v (y);")
except sqlite3.OperationalError as e:
    print("script", e, [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")])
try:
    conn.cursor(factory=lambda c: 3)
except TypeError as e:
    print("TypeError", e)

cur = conn.execute("INSERT INTO t VALUES (7, 'seven', NULL)")
try:
    cur.execute("INSERT INTO t VALUES (7, 'again', NULL)")
except sqlite3.IntegrityError as e:
    print("after error", e, cur.rowcount, cur.lastrowid)

cur = conn.cursor()
cur.close()
try:
    cur.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("closed cursor:", e)
cur2 = conn.execute("SELECT 1")
conn.close()
conn.close()
for action in (lambda: conn.execute("SELECT 1"), conn.commit, conn.cursor, lambda: cur2.fetchall(),
               lambda: conn.total_changes, lambda: conn.in_transaction):
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print("closed:", e)

try:
    sqlite3.connect("/nonexistent-dir/sub/x.db")
except sqlite3.OperationalError as e:
    print("open:", e)
