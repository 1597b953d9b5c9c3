# sqlite3: create_collation, results' signs, a collation raising (the statement raises it), and removal.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE words (w TEXT)")
conn.executemany("INSERT INTO words VALUES (?)", [("b",), ("C",), ("a",), ("B",)])
QUERY = "SELECT w FROM words ORDER BY w COLLATE %s, w"

conn.create_collation("reverse", lambda a, b: (a < b) - (a > b))
conn.create_collation("nocase_py", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
conn.create_collation("huge", lambda a, b: 2 ** 80 if a < b else -2 ** 80)
conn.create_collation("text", lambda a, b: "x")
conn.create_collation("boom", lambda a, b: 1 / 0)
for name in ("reverse", "nocase_py", "huge", "text", "boom"):
    try:
        print(name, [w for (w,) in conn.execute(QUERY % name)])
    except ZeroDivisionError as e:
        print(name, type(e).__name__, e)
print(conn.execute("SELECT count(*) FROM words WHERE w = 'b' COLLATE nocase_py").fetchone())
try:
    conn.create_collation("x", 3)
except TypeError as e:
    print("TypeError", e)
conn.create_collation("reverse", None)
try:
    conn.execute(QUERY % "reverse")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
conn.close()
