# sqlite3's check_same_thread: a connection (and its cursors) used from another thread raises, with both
# thread ids in the message; check_same_thread=False lets the other thread use it.
import re
import sqlite3
import threading

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t (x)")
cur = conn.cursor()
main_id = threading.get_ident()
errors = []


def misuse():
    for label, action in (("execute", lambda: conn.execute("SELECT 1")), ("cursor", lambda: cur.execute("SELECT 1")),
                          ("commit", conn.commit), ("close", conn.close), ("cursor()", conn.cursor)):
        try:
            action()
            errors.append((label, "no error"))
        except sqlite3.ProgrammingError as e:
            message = str(e).replace(str(main_id), "MAIN").replace(str(threading.get_ident()), "OTHER")
            errors.append((label, re.sub(r"\d+", "N", message)))


t = threading.Thread(target=misuse)
t.start()
t.join()
for label, message in errors:
    print(label, message)
print(conn.execute("SELECT count(*) FROM t").fetchone())

free = sqlite3.connect(":memory:", check_same_thread=False)
free.execute("CREATE TABLE t (x)")
results = []


def use():
    free.execute("INSERT INTO t VALUES (?)", (threading.current_thread().name,))
    results.append(free.execute("SELECT count(*) FROM t").fetchone()[0] > 0)


t = threading.Thread(target=use, name="helper")
t.start()
t.join()
free.commit()
print(results, free.execute("SELECT x FROM t").fetchall())
conn.close()
free.close()
