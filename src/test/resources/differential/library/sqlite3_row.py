# sqlite3.Row as row_factory: by index, by name in any case, keys, len, iteration, equality, hashing.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.row_factory = sqlite3.Row
conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, Name TEXT, age INTEGER)")
conn.executemany("INSERT INTO people (Name, age) VALUES (?, ?)", [("Ann", 31), ("Bob", 27)])
row = conn.execute("SELECT * FROM people WHERE id = 1").fetchone()
print(type(row).__name__, type(row).__module__, row.keys(), len(row))
print(row[0], row[-1], row[1:], row["name"], row["NAME"], row["Age"], tuple(row), list(row))
for key in ("missing", 3, 1.5):
    try:
        row[key]
    except IndexError as e:
        print("IndexError", e)
again = conn.execute("SELECT * FROM people WHERE id = 1").fetchone()
other = conn.execute("SELECT * FROM people WHERE id = 2").fetchone()
print(row == again, row != again, row == other, hash(row) == hash(again), row == tuple(row))
print({r["Name"]: r["age"] for r in conn.execute("SELECT * FROM people ORDER BY age")})
print(dict(zip(row.keys(), row)))

cur = conn.cursor()
print(cur.row_factory is sqlite3.Row)
cur.row_factory = None
print(cur.execute("SELECT Name FROM people").fetchall())
conn.row_factory = lambda cursor, values: {d[0]: v for d, v in zip(cursor.description, values)}
print(conn.execute("SELECT Name, age FROM people ORDER BY id").fetchall())
try:
    sqlite3.Row(1, ())
except TypeError as e:
    print("TypeError", e)
conn.close()
