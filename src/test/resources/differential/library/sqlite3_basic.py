# sqlite3: create, insert, select, update, delete; the five storage types both ways; cursors' attributes.
import datetime
import sqlite3

conn = sqlite3.connect(":memory:")
print(type(conn).__name__, type(conn.cursor()).__name__, sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.version, isinstance(sqlite3.sqlite_version_info, tuple))

cur = conn.cursor()
cur.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price REAL, data BLOB, note)")
print("create", cur.rowcount, cur.lastrowid, cur.description)
cur.execute("INSERT INTO items (name, price, data, note) VALUES (?, ?, ?, ?)", ("apple", 1.25, b"\x00\x01", None))
print("insert", cur.rowcount, cur.lastrowid)
cur.execute("INSERT INTO items (name, price, data, note) VALUES (:name, :price, :data, :note)",
            {"name": "pear", "price": 2.5, "data": bytearray(b"ab"), "note": 7})
print("named", cur.rowcount, cur.lastrowid)
cur.execute("INSERT INTO items (name, price, data, note) VALUES (?, ?, ?, ?)", ["fig", -3, memoryview(b"xyz"), "é ü 😀"])
cur.execute("INSERT INTO items (name, price, data, note) VALUES (?, ?, ?, ?)", ("big", 2**63 - 1, b"", True))

for row in conn.execute("SELECT id, name, price, data, note, typeof(note) FROM items ORDER BY id"):
    print(row, [type(v).__name__ for v in row])

cur = conn.execute("SELECT name AS n, price FROM items WHERE price > ?", (1,))
print(cur.description, cur.rowcount, cur.arraysize)
print(cur.fetchone())
print(cur.fetchmany())
cur.arraysize = 5
print(cur.fetchmany(), cur.fetchone(), cur.fetchall())

cur = conn.execute("UPDATE items SET price = price * 2 WHERE price > 0")
print("update", cur.rowcount, cur.lastrowid, cur.description)
cur = conn.execute("DELETE FROM items WHERE name = 'fig'")
print("delete", cur.rowcount)
print(conn.execute("SELECT count(*), sum(price) FROM items").fetchone())


def rows(n):
    for i in range(n):
        yield (f"gen{i}", i / 2, None, None)


cur = conn.executemany("INSERT INTO items (name, price, data, note) VALUES (?, ?, ?, ?)", rows(5))
print("executemany", cur.rowcount, cur.lastrowid)
cur = conn.executemany("INSERT INTO items (name) VALUES (:n)", iter([{"n": "a"}, {"n": "b"}]))
print("executemany dicts", cur.rowcount)
print([r[0] for r in conn.execute("SELECT name FROM items ORDER BY id")])
print("total_changes", conn.total_changes)

cur = conn.executescript("""
    CREATE TABLE log (msg TEXT);  -- a comment; with a semicolon
    INSERT INTO log VALUES ('one; two');
    /* another */ INSERT INTO log VALUES ("three");
""")
print(cur is not None, conn.execute("SELECT * FROM log").fetchall())

conn.text_factory = bytes
print(conn.execute("SELECT 'text', 1").fetchone())
conn.text_factory = lambda b: b.decode().upper()
print(conn.execute("SELECT 'text'").fetchone())
conn.text_factory = str

print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 'a;"),
      sqlite3.complete_statement("CREATE TRIGGER t AFTER INSERT ON log BEGIN SELECT 1; END;"),
      sqlite3.complete_statement("CREATE TRIGGER t AFTER INSERT ON log BEGIN SELECT 1;"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: tuple(int(v) for v in b.split(b";")))
typed = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
typed.execute("CREATE TABLE shapes (p point, d date, t timestamp, n INTEGER)")
typed.execute("INSERT INTO shapes VALUES (?, ?, ?, ?)",
              (Point(3, -4), datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 600), 5))
print(typed.execute("SELECT * FROM shapes").fetchone())
print(typed.execute('SELECT p AS "p [point]", n FROM shapes').fetchone())
print(typed.execute('SELECT p AS "p [point]" FROM shapes').description)
typed.close()
cur.close()
conn.close()
