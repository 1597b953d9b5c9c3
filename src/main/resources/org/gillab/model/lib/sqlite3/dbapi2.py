"""sqlite3's DB-API 2.0 interface: the GIL Lab model's sqlite3.dbapi2.

Mirrors CPython 3.11's Lib/sqlite3/dbapi2.py together with the C parts it imports, Modules/_sqlite/
(connection.c, cursor.c, row.c, module.c): Connection, Cursor and Row are Python here, over the model's
_sqlite3 module, whose Database and Statement objects drive SQLite itself (the library the sqlite-jdbc
driver bundles) with the GIL released while a statement runs. Written for the model from the sqlite3
documentation and from experiments with python3, not copied.

Transactions are CPython 3.11's: with isolation_level "" (DEFERRED), "IMMEDIATE" or "EXCLUSIVE" an
implicit BEGIN precedes INSERT, UPDATE, DELETE and REPLACE outside a transaction, commit() and
rollback() end it; with None, SQLite's own autocommit. Left out: Blob (blobopen),
create_window_function, set_authorizer, set_progress_handler, set_trace_callback, backup,
serialize, load_extension and the SQLITE_* constants.
"""

import datetime
import time
import collections.abc
from _thread import get_ident as _get_ident
from os import fspath as _fspath

import _sqlite3
from _typeobject import set_tp_name as _set_tp_name
from _traceback import hide_frames as _hide_frames
from _sqlite3 import (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError,
                      IntegrityError, InternalError, ProgrammingError, NotSupportedError,
                      complete_statement, sqlite_version)

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


class PrepareProtocol:
    """The protocol argument of adapt() and __conform__ (PEP 246), as module.c's PrepareProtocol."""
    __module__ = "sqlite3"


adapters = {}
converters = {}


@_hide_frames
def register_adapter(type, adapter, /):
    """Adapts values of exactly `type` with `adapter` before they are bound."""
    adapters[(type, PrepareProtocol)] = adapter


@_hide_frames
def register_converter(name, converter, /):
    """Converts a column declared (or named, with PARSE_COLNAMES) `name` with `converter` (bytes in)."""
    converters[name.upper()] = converter


_NO_ALTERNATIVE = object()


@_hide_frames
def adapt(obj, proto=PrepareProtocol, alt=_NO_ALTERNATIVE, /):
    """microprotocols.c's pysqlite_microprotocols_adapt: a registered adapter, then __conform__."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, "__adapt__", None)
    if conform is not None:
        adapted = conform(obj)
        if adapted is not None:
            return adapted
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        adapted = conform(proto)
        if adapted is not None:
            return adapted
    if alt is not _NO_ALTERNATIVE:
        return alt
    raise ProgrammingError("can't adapt")


def enable_callback_tracebacks(flag, /):
    """Accepted for compatibility: a failing callback's traceback is not printed on the model."""


def enable_shared_cache(enable):
    raise NotSupportedError("shared cache is not supported on the model")


def _register_adapters_and_converters():
    """dbapi2.py's default adapters (ISO 8601 text) and the "date" and "timestamp" converters."""
    def convert_timestamp(value):
        day, clock = value.split(b" ")
        year, month, dom = map(int, day.split(b"-"))
        clock, _, fraction = clock.partition(b".")
        hours, minutes, seconds = map(int, clock.split(b":"))
        micros = int(fraction.ljust(6, b"0")[:6]) if fraction else 0
        return datetime.datetime(year, month, dom, hours, minutes, seconds, micros)

    register_adapter(datetime.date, lambda value: value.isoformat())
    register_adapter(datetime.datetime, lambda value: value.isoformat(" "))
    register_converter("date", lambda value: datetime.date(*map(int, value.split(b"-"))))
    register_converter("timestamp", convert_timestamp)


_register_adapters_and_converters()


def _c_like(cls):
    """Hides a class's methods from tracebacks, as the C functions they are in CPython."""
    for value in vars(cls).values():
        for function in (value, getattr(value, "__func__", None), getattr(value, "fget", None),
                         getattr(value, "fset", None)):
            if type(function) is type(_c_like):
                _hide_frames(function)
    return cls

_ISOLATION_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")
_STORED_TYPES = (int, float, str, bytes, type(None))
_DML = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_STATEMENT_CACHE_SIZE = 128


@_hide_frames
def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=None, cached_statements=128, uri=False):
    """Opens a connection to the SQLite database file `database` (":memory:" for one in memory)."""
    factory = Connection if factory is None else factory
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   cached_statements=cached_statements, uri=uri)


@_c_like
class Connection:
    """An SQLite database connection (connection.c)."""
    __module__ = "sqlite3"

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
                 factory=None, cached_statements=128, uri=False):
        database = _fspath(database)
        if isinstance(database, bytes):
            database = database.decode()
        self._thread = _get_ident()
        self._check_same_thread = bool(check_same_thread)
        self._detect_types = detect_types
        self._cache = {}
        self._db = _sqlite3.open(database, float(timeout), bool(uri))
        self._isolation_level = None
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str

    # ---- checks every entry point makes (pysqlite_check_thread, pysqlite_check_connection) ----

    def _check_thread(self):
        if self._check_same_thread and _get_ident() != self._thread:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                "The object was created in thread id %d and this is thread id %d." % (self._thread, _get_ident()))

    def _check(self):
        self._check_thread()
        if self._db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._db.closed:
            raise ProgrammingError("Cannot operate on a closed database.")

    # ---- statements: prepared once per SQL text, kept while no cursor uses them ----

    def _statement(self, sql):
        statement = self._cache.pop(sql, None)
        return statement if statement is not None else self._db.prepare(sql)

    def _done_with(self, sql, statement):
        if self._db.closed:
            return  # closing finalized it
        statement.reset()
        self._cache.pop(sql, None)
        self._cache[sql] = statement
        if len(self._cache) > _STATEMENT_CACHE_SIZE:
            del self._cache[next(iter(self._cache))]

    def _run(self, sql):
        """Runs a statement without results (BEGIN, COMMIT, ROLLBACK) on this connection."""
        statement = self._statement(sql)
        try:
            statement.step()
        finally:
            self._done_with(sql, statement)

    def _begin(self):
        self._run("BEGIN " + self._isolation_level)

    # ---- the DB-API ----

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            if self.in_transaction:
                self.commit()
        elif not isinstance(level, str):
            raise TypeError("isolation_level must be str or None")
        elif level.upper() not in _ISOLATION_LEVELS:
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
        else:
            level = level.upper()
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return self._db.in_transaction

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes

    def cursor(self, factory=None):
        self._check()
        cursor = (Cursor if factory is None else factory)(self)
        if not isinstance(cursor, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cursor).__name__)
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    # these make their cursor as the C function pysqlite_connection_cursor_impl, not an overriding cursor()
    def execute(self, sql, parameters=(), /):
        return Connection.cursor(self).execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return Connection.cursor(self).executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return Connection.cursor(self).executescript(sql_script)

    def commit(self):
        self._check()
        if self._db.in_transaction:
            self._run("COMMIT")

    def rollback(self):
        self._check()
        if self._db.in_transaction:
            self._run("ROLLBACK")

    def close(self):
        self._check_thread()
        if self._db is not None:
            self._cache.clear()
            self._db.close()

    def interrupt(self):
        self._check()
        self._db.interrupt()

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        if not isinstance(name, str):
            raise TypeError("create_function() argument 'name' must be str, not %s" % type(name).__name__)
        self._db.create_function(name, narg, func, deterministic)

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        if not isinstance(name, str):
            raise TypeError("create_aggregate() argument 'name' must be str, not %s" % type(name).__name__)
        self._db.create_aggregate(name, n_arg, aggregate_class)

    def create_collation(self, name, callable, /):
        self._check()
        if callable is not None and not hasattr(callable, "__call__"):
            raise TypeError("parameter must be callable")
        if not isinstance(name, str):
            raise TypeError("create_collation() argument 1 must be str, not %s" % type(name).__name__)
        self._db.create_collation(name, callable)

    def iterdump(self):
        """The database as the SQL statements that rebuild it, one by one."""
        self._check()
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        """Commits if the block succeeded, else rolls back (a failed commit rolls back too)."""
        if exc_type is not None:
            self.rollback()
            return False
        try:
            self.commit()
        except BaseException:
            self.rollback()
            raise
        return False


@_c_like
class Cursor:
    """A cursor over a connection's statements (cursor.c)."""
    __module__ = "sqlite3"

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError("argument 1 must be sqlite3.Connection, not %s" % type(connection).__name__)
        self._connection = connection
        self._sql = None
        self._statement = None
        self._has_row = False
        self._converters = None
        self._closed = False
        self.arraysize = 1
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.row_factory = None

    @property
    def connection(self):
        return self._connection

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self._connection._check()

    def _release(self):
        """Gives the statement back to the connection's cache (pysqlite_statement_reset)."""
        statement, self._statement, self._has_row = self._statement, None, False
        if statement is not None:
            self._connection._done_with(self._sql, statement)

    # ---- binding (_pysqlite_query_execute's bind_parameters) ----

    @staticmethod
    def _adapted(value):
        if type(value) in _STORED_TYPES:
            return value
        value = adapt(value, PrepareProtocol, value)
        # _pysqlite_bind_parameter stores subclasses of int, float and str (IntEnum...) as their base type
        if isinstance(value, int) and type(value) is not bool:
            return int(value)
        if isinstance(value, float):
            return float(value)
        if isinstance(value, str):
            return str.__str__(value)
        return value

    def _bind(self, statement, parameters):
        names = statement.param_names
        if type(parameters) in (tuple, list) or (
                not isinstance(parameters, dict) and isinstance(parameters, collections.abc.Sequence)):
            if len(parameters) != len(names):
                raise ProgrammingError(
                    "Incorrect number of bindings supplied. The current statement uses %d, and there are %d "
                    "supplied." % (len(names), len(parameters)))
            for index in range(len(names)):
                statement.bind(index + 1, self._adapted(parameters[index]))
        elif isinstance(parameters, dict):
            for index, name in enumerate(names, 1):
                if name is None:
                    raise ProgrammingError(
                        "Binding %d has no name, but you supplied a dictionary (which has only names)." % index)
                try:
                    value = parameters[name[1:]]
                except KeyError:
                    raise ProgrammingError("You did not supply a value for binding parameter %s." % name) from None
                statement.bind(index, self._adapted(value))
        else:
            raise ProgrammingError("parameters are of unsupported type")

    # ---- executing ----

    def _execute(self, sql, parameter_sets, many):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        self._release()
        self.description = None
        self.rowcount = -1
        connection = self._connection
        statement = connection._statement(sql)
        self._sql, self._statement = sql, statement
        try:
            dml = statement.keyword in _DML
            if many and statement.columns:
                raise ProgrammingError("executemany() can only execute DML statements.")
            if dml and connection.isolation_level is not None and not connection._db.in_transaction:
                connection._begin()
            rowcount = 0
            for parameters in parameter_sets:
                statement.reset()
                self._bind(statement, parameters)
                self._has_row = statement.step()
                if self._has_row and many:
                    raise ProgrammingError("executemany() can only execute DML statements.")
                if dml:
                    rowcount += statement.changes
            columns = statement.columns
            if columns:
                self.description = tuple((self._column_name(name),) + (None,) * 6 for name, _ in columns)
            self._converters = self._column_converters(columns)
            if not many:
                self.lastrowid = statement.lastrowid
            self.rowcount = rowcount if dml else -1
        except BaseException:
            self._release()
            self.rowcount = -1
            raise
        if not self._has_row:
            self._release()
        return self

    def _column_name(self, name):
        bracket = name.find("[")
        if bracket < 0 or not self._connection._detect_types & PARSE_COLNAMES:
            return name
        return name[:bracket - 1 if name[bracket - 1:bracket] == " " else bracket]

    def _column_converters(self, columns):
        """The converter of each column (PARSE_COLNAMES' [type] first, then PARSE_DECLTYPES), or None."""
        detect = self._connection._detect_types
        if not detect:
            return None
        found = []
        for name, declared in columns:
            converter = None
            if detect & PARSE_COLNAMES and "[" in name:
                converter = converters.get(name.partition("[")[2].partition("]")[0].upper())
            if converter is None and detect & PARSE_DECLTYPES and declared:
                converter = converters.get(declared.split("(")[0].split(" ")[0].upper())
            found.append(converter)
        return found if any(found) else None

    def execute(self, sql, parameters=(), /):
        return self._execute(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        return self._execute(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        """Commits a pending transaction, then runs each statement of the script, results dropped."""
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s" % type(sql_script).__name__)
        self._release()
        db = self._connection._db
        if db.in_transaction:
            self._connection._run("COMMIT")
        for sql in _sqlite3.statements(sql_script):
            statement = db.prepare(sql)
            while statement.step():
                pass
        return self

    # ---- fetching (pysqlite_cursor_iternext) ----

    def _convert(self, values):
        factory = self._connection.text_factory
        if factory is not str:
            values = tuple(
                (value.encode() if factory is bytes else factory(value.encode())) if type(value) is str else value
                for value in values)
        if self._converters is not None:
            values = tuple(
                value if converter is None or value is None else converter(self._as_bytes(value))
                for value, converter in zip(values, self._converters))
        return values

    @staticmethod
    def _as_bytes(value):
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        return str(value).encode()

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        if not self._has_row:
            raise StopIteration
        statement = self._statement
        row = self._convert(statement.row())
        try:
            self._has_row = statement.step()
        except BaseException:
            self._release()
            raise
        if not self._has_row:
            self._release()
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        return next(self, None)

    def fetchmany(self, size=None):
        size = self.arraysize if size is None else size
        rows = []
        for row in self:
            rows.append(row)
            if len(rows) >= size:
                break
        return rows

    def fetchall(self):
        return list(self)

    def close(self):
        self._connection._check()
        self._release()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


@_c_like
class Row:
    """A row whose columns are found by index or by name, any case (row.c)."""
    __module__ = "sqlite3"
    __slots__ = ("_description", "_data")

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s" % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self._description = cursor.description
        self._data = data

    def keys(self):
        return [column[0] for column in self._description or ()]

    def __getitem__(self, key):
        if isinstance(key, (int, slice)):
            return self._data[key]
        if isinstance(key, str):
            wanted = key.lower()
            for index, column in enumerate(self._description or ()):
                if column[0].lower() == wanted:
                    return self._data[index]
            raise IndexError("No item with that key")
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


# _sqlite3's static types: messages name them by their tp_name, 'sqlite3.Connection'
for _cls in (PrepareProtocol, Connection, Cursor, Row):
    _set_tp_name(_cls, 'sqlite3.' + _cls.__name__)
del _cls, _set_tp_name
