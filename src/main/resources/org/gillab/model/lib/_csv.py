"""CSV parsing and writing: the GIL Lab model's _csv, what Modules/_csv.c is on CPython.

Written for the model (not copied) to behave as CPython 3.11's C module does: Dialect checks its
format parameters with the same errors; reader runs the same character state machine (fields may be
quoted, escaped, or hold newlines inside quotes; a line's end is EOL, as the C code calls it); writer
quotes or escapes a field that holds the delimiter, quotechar, escapechar or a line terminator character.
"""

from _typeobject import tp_name as _tp_name, set_tp_name as _set_tp_name

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


_FORMAT_PARAMETERS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
                      "skipinitialspace", "strict")


def _char(name, value, or_none):
    if value is None and or_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, " or None" if or_none else "", _tp_name(type(value))))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """CSV dialect: the format parameters of a reader or writer, checked."""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for name in kwargs:
            if name not in _FORMAT_PARAMETERS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect  # already checked
        values = {}
        for name in _FORMAT_PARAMETERS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
        self = object.__new__(cls)
        self._delimiter = _char("delimiter", values["delimiter"], False) if "delimiter" in values else ","
        self._doublequote = bool(values.get("doublequote", True))
        self._escapechar = _char("escapechar", values["escapechar"], True) if "escapechar" in values else None
        lineterminator = values.get("lineterminator", "\r\n")
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        quotechar = _char("quotechar", values["quotechar"], True) if "quotechar" in values else '"'
        self._quotechar = quotechar
        if "quoting" not in values:
            quoting = QUOTE_NONE if "quotechar" in values and quotechar is None else QUOTE_MINIMAL
        elif type(values["quoting"]) is not int:
            raise TypeError('"quoting" must be an integer')
        elif values["quoting"] not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        else:
            quoting = values["quoting"]
        self._quoting = quoting
        self._skipinitialspace = bool(values.get("skipinitialspace", False))
        self._strict = bool(values.get("strict", False))
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    def __setattr__(self, name, value):
        if name in _FORMAT_PARAMETERS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        object.__setattr__(self, name, value)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


# The reader's states, as _csv.c names them.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end of a line, after its characters


class Reader:
    """CSV reader: each next() parses lines from the iterator until one record is whole."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % _tp_name(type(line)))
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _end_of_line(self, c):
        """A line ends the record: at EOL a new one may start, after a newline character only EOL may follow."""
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        newline = c is _EOL or c == "\n" or c == "\r"
        if state == _START_RECORD:
            if c is _EOL:
                return  # an empty line: the record is []
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline:
                self._end_of_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._numeric = d.quoting == QUOTE_NONNUMERIC
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
            else:
                self._add_char("\n" if c is _EOL else c)
                self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if newline:
                self._end_of_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)  # "" inside quotes is one "
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline:
                self._end_of_line(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif not newline:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


class Writer:
    """CSV writer: writerow() joins a row's fields into one line and writes it."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % _tp_name(type(row))) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            text = "" if field is None else field if isinstance(field, str) else str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            # A lone empty field would read back as an empty record.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    def _field(self, text, quoted):
        d = self.dialect
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                escape = d.quoting == QUOTE_NONE
                if not escape:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = "".join(out)
        return d.quotechar + body + d.quotechar if quoted else body


def _is_number(value):
    """PyNumber_Check: what int(), float() or index() take, and complex numbers."""
    cls = type(value)
    return isinstance(value, complex) or any(hasattr(cls, name) for name in ("__index__", "__int__", "__float__"))


# C's reader and writer types: bare names, and messages name them by their tp_name, '_csv.reader'
Reader.__name__ = Reader.__qualname__ = "reader"
Writer.__name__ = Writer.__qualname__ = "writer"
_set_tp_name(Reader, "_csv.reader")
_set_tp_name(Writer, "_csv.writer")
del _set_tp_name


# No dialect is not "excel" looked up: the built-in defaults, which quotechar=None alone turns to QUOTE_NONE.

def reader(csvfile, dialect=None, **fmtparams):
    """A reader of the CSV records in csvfile's lines (any iterable of str)."""
    lines = iter(csvfile)
    return Reader(lines, Dialect(dialect, **fmtparams))


def writer(fileobj, dialect=None, **fmtparams):
    """A writer of CSV records to fileobj (anything with write())."""
    write = getattr(fileobj, "write", None)
    if write is None:
        raise TypeError('argument 1 must have a "write" method')
    return Writer(write, Dialect(dialect, **fmtparams))


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect (a Dialect, a class or a name, with format parameters over it) under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """Sets the largest field the reader accepts (if given); returns the limit before."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if type(args[0]) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old
