# CPython's datetime, decimal and _io classes are C static types: their tp_name is dotted
# ('datetime.date', 'decimal.Decimal', '_io.StringIO') and messages and some reprs show it, while
# __name__ and __qualname__ are bare and __module__ names the module. A program's subclass is named by
# its own __name__ everywhere. The model writes these classes in Python and must keep both names apart.
import collections
import copy
import datetime
import decimal
import io
import os
import pickle
import re
import sys
import tempfile


def masked(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {masked(str(e))}")
    else:
        print(f"{label}: {masked(repr(result))}")


C_TYPES = [datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.timezone,
           datetime.tzinfo, decimal.Decimal, decimal.Context, io.StringIO, io.BytesIO, io.TextIOWrapper,
           io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.FileIO]

print("-- names")
for t in C_TYPES:
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
iso = datetime.date(2024, 3, 5).isocalendar()
print(type(iso).__name__, type(iso).__qualname__, type(iso).__module__, repr(iso))
print(type(datetime.date.today()).__name__, type(decimal.Decimal(1)).__name__, type(io.StringIO()).__name__)
print(datetime.date.replace.__qualname__, datetime.date.__eq__.__qualname__, decimal.Decimal.sqrt.__qualname__)

print("-- the model's naming leaves nothing behind")
for t in C_TYPES:
    hidden = [k for k in list(vars(t)) + dir(t) if "tp" in k.lower() and "name" in k.lower()]
    if hidden:
        print(t.__name__, hidden)
print([name for name in ("tp_name", "set_tp_name", "_set_tp_name") for m in (datetime, decimal, io) if hasattr(m, name)])

print("-- messages name the C types by tp_name")
d = datetime.date(2020, 1, 2)
dq = collections.deque()
sio = io.StringIO()
attempt("date + int", lambda: d + 1)
attempt("int + date", lambda: 1 + d)
attempt("len(date)", lambda: len(d))
attempt("date()", lambda: d())
attempt("date[0]", lambda: d[0])
attempt("iter(date)", lambda: iter(d))
attempt("-date", lambda: -d)
attempt("date < int", lambda: d < 1)
attempt("date.missing", lambda: d.missing)
attempt("date class missing", lambda: datetime.date.missing)
attempt("int(date)", lambda: int(d))
attempt("float(timedelta)", lambda: float(datetime.timedelta(1)))
attempt("timedelta * str", lambda: datetime.timedelta(1) * "x")
attempt("datetime - date", lambda: datetime.datetime(2020, 1, 1) - d)
attempt("round(date)", lambda: round(d))
attempt("%d % date", lambda: "%d" % d)
attempt("join", lambda: "".join([d]))
attempt("list[date]", lambda: [1][d])
attempt("str[date]", lambda: "a"[d])
attempt("range(date)", lambda: range(d))
attempt("bytes(date)", lambda: bytes(d))
attempt("memoryview(date)", lambda: memoryview(d))
attempt("divmod", lambda: divmod(d, 1))
attempt("pow 3", lambda: pow(2, 3, d))
attempt("Decimal @ int", lambda: decimal.Decimal(1) @ 2)
attempt("len(Decimal)", lambda: len(decimal.Decimal(1)))
attempt("Context()", lambda: decimal.getcontext()())
attempt("Decimal < str", lambda: decimal.Decimal(1) < "a")
attempt("Decimal < date", lambda: decimal.Decimal(1) < d)
attempt("Decimal.missing", lambda: decimal.Decimal(1).missing)
attempt("StringIO()", lambda: sio())
attempt("len(StringIO)", lambda: len(sio))
attempt("StringIO + 1", lambda: sio + 1)
attempt("StringIO[0]", lambda: sio[0])
attempt("abs(StringIO)", lambda: abs(sio))
attempt("StringIO.missing", lambda: sio.missing)
attempt("BytesIO()", lambda: io.BytesIO()())
attempt("bytes join", lambda: b"".join([io.BytesIO()]))
attempt("unhashable", lambda: {sio: 1}[[]])

print("-- the library's own messages name any type by tp_name")
attempt("tzinfo=deque", lambda: datetime.datetime(2020, 1, 1, tzinfo=dq))
attempt("tzinfo=date", lambda: datetime.datetime(2020, 1, 1, tzinfo=d))
attempt("timedelta(days=deque)", lambda: datetime.timedelta(days=dq))
attempt("strftime(date)", lambda: d.strftime(d))
attempt("timezone(deque)", lambda: datetime.timezone(dq))
attempt("timezone(timedelta, date)", lambda: datetime.timezone(datetime.timedelta(1), d))
attempt("combine(deque, time)", lambda: datetime.datetime.combine(dq, datetime.time()))
attempt("combine(date, date)", lambda: datetime.datetime.combine(d, d))
attempt("isoformat(deque)", lambda: datetime.datetime(2020, 1, 1).isoformat(dq))
attempt("Decimal(deque)", lambda: decimal.Decimal(dq))
attempt("Decimal(date)", lambda: decimal.Decimal(d))
attempt("quantize(deque)", lambda: decimal.Decimal(1).quantize(dq))
attempt("StringIO(deque)", lambda: io.StringIO(dq))
attempt("StringIO.write(Decimal)", lambda: io.StringIO().write(decimal.Decimal(1)))
attempt("TextIOWrapper newline", lambda: io.TextIOWrapper(io.BytesIO(), newline=dq))
attempt("readinto(deque)", lambda: io.BytesIO(b"x").readinto(dq))
attempt("open mode", lambda: open("x", dq))
attempt("open buffering", lambda: open("x", "r", dq))

print("-- path messages name the type by __name__ (PyOS_FSPath)")


class BadPath:
    def __fspath__(self):
        return collections.deque()


attempt("open(deque)", lambda: open(dq))
attempt("open(date)", lambda: open(d))
attempt("fspath(StringIO)", lambda: os.fspath(sio))
attempt("fspath(deque)", lambda: os.fspath(dq))
attempt("fspath(bad)", lambda: os.fspath(BadPath()))

print("-- reprs")
print(repr(d), repr(datetime.datetime(2020, 1, 2, 3, 4)), repr(datetime.time(5, 6)))
print(repr(datetime.timedelta(days=1, seconds=2)), repr(datetime.timezone.utc),
      repr(datetime.timezone(datetime.timedelta(hours=1), "X")), repr(decimal.Decimal("1.50")))
print(masked(repr(io.BytesIO())), masked(object.__repr__(d)), masked(repr(sio)))
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))

print("-- a program's subclasses are named by their own names")


class MyDate(datetime.date):
    pass


class MyDateTime(datetime.datetime):
    pass


class MyDelta(datetime.timedelta):
    pass


class MyDecimal(decimal.Decimal):
    pass


class MyStringIO(io.StringIO):
    pass


class MyBytesIO(io.BytesIO):
    pass


for t in (MyDate, MyDateTime, MyDelta, MyDecimal, MyStringIO, MyBytesIO):
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
print(repr(MyDate(2020, 1, 2)), repr(MyDateTime(2020, 1, 2, 3)), repr(MyDelta(1)), repr(MyDecimal("2.5")))
print(masked(repr(MyStringIO())), masked(repr(MyBytesIO())))
attempt("MyDate + int", lambda: MyDate(2020, 1, 2) + 1)
attempt("MyDecimal @ int", lambda: MyDecimal(1) @ 1)
attempt("MyStringIO()", lambda: MyStringIO()())
attempt("MyDate.missing", lambda: MyDate(2020, 1, 2).missing)
attempt("tzinfo=MyDate", lambda: datetime.datetime(2020, 1, 1, tzinfo=MyDate(2020, 1, 2)))


class Plain:
    pass


print(Plain.__name__, repr(Plain))
attempt("Plain + int", lambda: Plain() + 1)
attempt("Plain()()", lambda: Plain()())

print("-- other C types, written in Java or Python, are named the same way")
import contextvars
import csv
import functools
import hashlib
import operator
import queue
import sqlite3
import types
import weakref
import zlib

others = [functools.partial(print), functools.cmp_to_key(lambda a, b: 0)(1), collections.OrderedDict(),
          collections.defaultdict(), contextvars.ContextVar("v"), contextvars.copy_context(),
          sqlite3.connect(":memory:"), csv.reader([]), types.SimpleNamespace(), operator.itemgetter(1),
          weakref.ref(attempt), hashlib.sha256(), re.compile("a"), dq, decimal.localcontext()]
for o in others:
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
    attempt("  + ()", lambda: o + ())
    attempt("  missing", lambda: o.missing)
attempt("unbound deque.append", lambda: collections.deque.append())
attempt("unbound Pattern.match", lambda: re.Pattern.match())
attempt("Pattern.match(int)", lambda: re.Pattern.match(1))
attempt("set on Pattern", lambda: setattr(re.Pattern, "x", 1))
attempt("del on deque", lambda: delattr(collections.deque, "x"))
attempt("deque class missing", lambda: collections.deque.missing)
print(re.Pattern.match, collections.deque.append)
for e in (zlib.error("x"), re.error("x"), queue.Empty()):
    print(repr(e), type(e).__name__, type(e))
attempt("fspath(Pattern)", lambda: os.fspath(re.compile("a")))

print("-- pickle finds the classes by __module__ and __qualname__")
for t in C_TYPES:
    data = pickle.dumps(t)
    print(t.__name__, pickle.loads(data) is t, data[:40])
for value in (d, datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.time(7, 8), datetime.timedelta(3, 4, 5),
              datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=-2), "W"), decimal.Decimal("-1.25"),
              MyDate(2021, 2, 3), MyDecimal("7")):
    back = pickle.loads(pickle.dumps(value))
    print(type(back).__name__, back == value, repr(back))
print(copy.copy(d) == d, copy.deepcopy(decimal.Decimal("3.5")))
with tempfile.TemporaryDirectory() as where:
    with open(os.path.join(where, "f.txt"), "w", encoding="utf-8") as f:
        attempt("pickle a raw file", lambda: pickle.dumps(f.buffer.raw))
        print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        print(repr(f).replace(where, "DIR"), repr(f.buffer).replace(where, "DIR"))

print("-- _io holds the classes under their names")
import _io
print(all(getattr(_io, t.__name__) is t for t in C_TYPES if t.__module__ == "_io"))
sys.stdout.flush()
