# sqlite3: Connection.iterdump, the database as SQL (quoted names, NULLs, blobs, floats, AUTOINCREMENT's
# sqlite_sequence, indexes, views, triggers), and a second database rebuilt from it.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.executescript('''
    CREATE TABLE "we""ird" (a INTEGER PRIMARY KEY AUTOINCREMENT, "b c" TEXT, d BLOB, e REAL);
    INSERT INTO "we""ird" VALUES (NULL, 'it''s', x'00ff', 1.5), (NULL, NULL, NULL, -2e300);
    CREATE TABLE plain (x, y);
    INSERT INTO plain VALUES (1, 'one'), (2, 'two');
    CREATE INDEX ix ON "we""ird"(e);
    CREATE VIEW v AS SELECT a FROM "we""ird";
    CREATE TRIGGER tr AFTER INSERT ON plain BEGIN SELECT 1; END;
''')
lines = list(conn.iterdump())
for line in lines:
    print(line)
copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(lines))
print(copy.execute('SELECT * FROM "we""ird"').fetchall(), copy.execute("SELECT * FROM plain").fetchall())
print(list(copy.iterdump()) == lines)
copy.close()
conn.close()
