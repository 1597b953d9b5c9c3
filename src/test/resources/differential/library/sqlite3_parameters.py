# sqlite3: parameter styles (?NNN, :name, $name, @name, a dict subclass), column names with PARSE_COLNAMES,
# cursors after their connection closes, extreme values, a cursor fetching while an UPDATE runs.
import sqlite3
c = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
print(c.execute('select 1 as "a[int]", 2 as "b [x]", 3 as "c  [y]"').description)
cur = c.execute("select 1")
c.close()
for f in (cur.close, cur.fetchone, c.close):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
c = sqlite3.connect(":memory:")
c.execute("create table t(x)")
cur = c.cursor()
print(cur.execute("insert into t values (1)") is cur, cur.connection is c)
print(list(c.execute("select x from t")), c.execute("select x from t").fetchmany(0))
c.execute("insert into t values (2)")
cur = c.execute("select x from t order by x")
c.execute("update t set x = x + 10")
print(cur.fetchall())
print(c.execute("select ?1, ?2, ?1", (5, 6)).fetchall())
print(c.execute("select :a, :b, :a", {"a": 1, "b": 2}).fetchall())
print(c.execute("select $a, @b", {"a": 1, "b": 2}).fetchall())
print(c.execute("select :a, :b", (7, 8)).fetchall())
class D(dict):
    def __missing__(self, k): return k * 2
print(c.execute("select :zz", D()).fetchall())
print(c.execute("select '?', :x -- :y\n", {"x": 1}).fetchall())
print(c.execute("select 1 as [a b], 2 as `c`, 3 as \"d\"").description)
cur = c.cursor()
print(cur.fetchone(), cur.fetchall(), cur.description, cur.rowcount, cur.lastrowid)
try: c.execute("insert into t values (?)", 1)
except Exception as e: print(type(e).__name__, e)
print(c.execute("select sqlite_version() = ?", (sqlite3.sqlite_version,)).fetchone())
print(c.execute("select 9223372036854775807, -9223372036854775808, 1e308, 'x' || char(0) || 'y'").fetchone())
print(c.execute("select ?", (float('inf'),)).fetchone(), c.execute("select ?", (-0.0,)).fetchone())
with sqlite3.connect(":memory:") as c2:
    print(c2.execute("select 1").fetchone())
print(c2.execute("select 2").fetchone())
import enum


class Color(enum.IntEnum):
    RED = 1


class Name(str):
    def __str__(self):
        return "custom"


class Ratio(float):
    pass


print(c.execute("SELECT ?, ?, ?, typeof(?), typeof(?)", (Color.RED, Name("n"), Ratio(1.5), Color.RED, Ratio(2))).fetchone())
