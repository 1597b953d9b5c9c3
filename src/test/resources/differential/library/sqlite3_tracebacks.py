# sqlite3: tracebacks through Connection and Cursor show no frames of theirs (C in CPython), a row_factory's do;
# an uncaught IntegrityError ends the program.
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(x unique)")
c.execute("insert into t values (1)")
c.row_factory = lambda cur, row: 1 / 0
def f():
    c.execute("insert into t values (1)")
try:
    f()
except sqlite3.IntegrityError:
    import traceback; traceback.print_exc()
try:
    c.execute("select 1").fetchone()
except ZeroDivisionError:
    import traceback; traceback.print_exc()
f()
