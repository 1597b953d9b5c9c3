# What crosses to a pool's workers and back is pickled: subclasses of the built-in types arrive as
# themselves, classes by name, other objects by their __reduce_ex__ (namedtuples, enums, slots,
# __getstate__/__setstate__, the library's types), and a task's exception is its own class, so the
# caller's `except` catches it, rebuilt from its args and __dict__ as pickle rebuilds it.
import collections
import datetime
import decimal
import enum
import fractions
import threading
from multiprocessing import Pool


class Bag(list):
    pass


class Table(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.title = "table"


class Color(enum.IntEnum):
    RED = 1
    BLUE = 2


Point = collections.namedtuple("Point", "x y")


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __repr__(self):
        return f"Slotted({self.a}, {self.b})"


class Connection:
    """Drops its lock when pickled and makes a new one when unpickled, as such classes do."""

    def __init__(self, host):
        self.host = host
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()
        self.restored = True


class Handled(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class Plain(Exception):
    pass


def describe(value):
    return type(value).__name__, repr(value)


def echo(value):
    return value


def connection_state(connection):
    return connection.host, connection.restored, connection.lock.locked()


def fail(kind):
    if kind == "handled":
        raise Handled(7)
    if kind == "plain":
        raise Plain("plain", 2)
    raise KeyError(kind)


if __name__ == "__main__":
    values = [Bag([1, 2]), Table({"k": 1}), Color.BLUE, Point(1, 2), Slotted(3, 4),
              fractions.Fraction(1, 3), decimal.Decimal("2.5"), datetime.timedelta(days=3),
              collections.Counter("aab"), collections.OrderedDict(a=1), collections.deque([1, 2], maxlen=5),
              collections.defaultdict(list, k=[1]), int, Color, range(1, 5, 2), complex(1, 2),
              bytearray(b"xy"), {1, 2}, frozenset({3}), Ellipsis, [Point(0, 0), {"nested": Bag([Color.RED])}]]
    with Pool(2) as pool:
        for name, text in pool.map(describe, values):
            print("worker saw", name, text)
        for value in pool.map(echo, values):
            print("came back", type(value).__name__, repr(value))
        table = pool.apply(echo, (Table({"a": 1}),))
        print(table.title, table)
        print(pool.apply(connection_state, (Connection("db"),)))
        for kind in ["handled", "plain", "missing"]:
            try:
                pool.apply(fail, (kind,))
            except Handled as e:
                print("Handled:", e, e.code, e.args)
            except Plain as e:
                print("Plain:", e, e.args)
            except KeyError as e:
                print("KeyError:", e)
        for unsendable in [lambda: 1, threading.Lock(), (x for x in [])]:
            try:
                pool.apply(echo, (unsendable,))
            except Exception as e:
                print(type(e).__name__, str(e).split(" at 0x")[0])
