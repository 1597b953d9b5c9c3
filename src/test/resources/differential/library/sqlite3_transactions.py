# sqlite3: CPython 3.11's implicit BEGIN, commit/rollback, `with conn:`, in_transaction, isolation_level,
# and what a second connection to the same file sees.
import os
import sqlite3
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tx.db")
    conn = sqlite3.connect(path)
    other = sqlite3.connect(path)
    print(os.path.basename(path), conn.isolation_level == "", conn.in_transaction)
    conn.execute("CREATE TABLE acct (name TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))")
    print("after DDL", conn.in_transaction)
    conn.execute("INSERT INTO acct VALUES ('a', 100)")
    print("after INSERT", conn.in_transaction, other.execute("SELECT count(*) FROM acct").fetchone())
    conn.execute("SELECT * FROM acct").fetchall()
    print("after SELECT", conn.in_transaction)
    conn.commit()
    print("after commit", conn.in_transaction, other.execute("SELECT count(*) FROM acct").fetchone())

    conn.execute("INSERT INTO acct VALUES ('b', 5)")
    conn.rollback()
    print("after rollback", conn.in_transaction, conn.execute("SELECT name FROM acct").fetchall())

    with conn:
        conn.execute("INSERT INTO acct VALUES ('b', 50)")
        print("inside with", conn.in_transaction)
    print("after with", conn.in_transaction, other.execute("SELECT * FROM acct ORDER BY name").fetchall())

    try:
        with conn:
            conn.execute("UPDATE acct SET balance = balance + 10 WHERE name = 'a'")
            conn.execute("UPDATE acct SET balance = balance - 60 WHERE name = 'b'")
    except sqlite3.IntegrityError as e:
        print("rolled back:", e, conn.in_transaction)
    print(conn.execute("SELECT * FROM acct ORDER BY name").fetchall())

    try:
        with conn:
            conn.execute("INSERT INTO acct VALUES ('c', 1)")
            raise KeyError("boom")
    except KeyError as e:
        print("KeyError", e, conn.in_transaction)
    print("connection still open:", conn.execute("SELECT count(*) FROM acct").fetchone())

    conn.execute("BEGIN")
    print("explicit BEGIN", conn.in_transaction)
    conn.execute("INSERT INTO acct VALUES ('d', 4)")
    conn.execute("COMMIT")
    print("explicit COMMIT", conn.in_transaction)

    conn.execute("SAVEPOINT sp")
    conn.execute("INSERT INTO acct VALUES ('e', 5)")
    conn.execute("ROLLBACK TO sp")
    print("rollback to", conn.in_transaction)
    conn.execute("RELEASE sp")
    print("release", conn.in_transaction, conn.execute("SELECT name FROM acct ORDER BY name").fetchall())

    auto = sqlite3.connect(path, isolation_level=None)
    auto.execute("INSERT INTO acct VALUES ('f', 6)")
    print("autocommit", auto.in_transaction, other.execute("SELECT count(*) FROM acct").fetchone())
    auto.close()

    conn.isolation_level = "IMMEDIATE"
    conn.execute("DELETE FROM acct WHERE name = 'f'")
    print("immediate", conn.in_transaction, conn.isolation_level)
    conn.isolation_level = None  # commits what is pending
    print("set None", conn.in_transaction, other.execute("SELECT count(*) FROM acct").fetchone())
    for bad in ("SERIALIZABLE", 5):
        try:
            conn.isolation_level = bad
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    conn.isolation_level = "deferred"
    print(conn.isolation_level)

    conn.execute("INSERT INTO acct VALUES ('g', 7)")
    conn.executescript("INSERT INTO acct VALUES ('h', 8);")
    print("executescript commits first", conn.in_transaction, other.execute("SELECT count(*) FROM acct").fetchone())
    conn.executescript("BEGIN; INSERT INTO acct VALUES ('i', 9);")
    print("script BEGIN", conn.in_transaction)
    conn.close()
    print("closed without commit:", other.execute("SELECT count(*) FROM acct WHERE name = 'i'").fetchone())
    other.close()

# transaction statements in their other spellings, savepoints that wrote nothing, INSERT OR ROLLBACK
c = sqlite3.connect(":memory:")
c.execute("create table t(x unique)")
steps = ["BEGIN DEFERRED TRANSACTION", "insert into t values (1)", "END TRANSACTION", "insert into t values (2)",
         "COMMIT TRANSACTION", "insert into t values (3)", "insert or rollback into t values (3)", "SAVEPOINT a",
         "SAVEPOINT b", "RELEASE b", "RELEASE SAVEPOINT a", "BEGIN IMMEDIATE", "create table u(y)", "ROLLBACK TRANSACTION",
         "BEGIN EXCLUSIVE", "COMMIT", "  /* c */ begin", "rollback"]
for s in steps:
    try:
        c.execute(s)
        print(s, c.in_transaction)
    except sqlite3.Error as e:
        print(s, type(e).__name__, e, c.in_transaction)
try: c.commit(); c.execute("COMMIT")
except sqlite3.Error as e: print(type(e).__name__, e)
print(c.execute("select * from t").fetchall())
c = sqlite3.connect(":memory:")
c.execute("create table t(x)")
c.execute("SAVEPOINT a"); print(c.in_transaction)
c.execute("insert into t values (1)"); print(c.in_transaction)
c.execute("RELEASE a"); print(c.in_transaction)
c.execute("SAVEPOINT a"); print(c.in_transaction)
c.execute("RELEASE a"); print(c.in_transaction)
