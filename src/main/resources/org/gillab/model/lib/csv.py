"""CSV files: the GIL Lab model's csv module.

Mirrors CPython 3.11's Lib/csv.py over the model's _csv (Java): the Dialect classes (excel, excel-tab
and unix registered by name), DictReader and DictWriter. Written for the model from the documentation
and python3's observed behaviour, not copied. The model's csv has no Sniffer.
"""

from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect, get_dialect,
                  list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "__doc__", "excel",
           "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter", "unix_dialect"]


class Dialect:
    """Describe a CSV dialect: a subclass sets the format parameters, checked when it is instantiated."""
    # Every parameter is unset until a subclass gives it; _valid tells a checked subclass instance.
    delimiter = quotechar = escapechar = doublequote = skipinitialspace = lineterminator = quoting = None
    _name = ""
    _valid = False

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        # _csv's own dialect checks the parameters; its TypeError becomes csv.Error, as in CPython.
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


def _registered_as(name):
    """A class decorator: registers the dialect class under name, for reader(f, name)."""
    def register(dialect):
        register_dialect(name, dialect)
        return dialect
    return register


@_registered_as("excel")
class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    # Comma-separated; '"' quotes a field only when needed and is doubled inside one; CRLF ends a record.
    delimiter, quotechar, quoting, doublequote = ",", '"', QUOTE_MINIMAL, True
    skipinitialspace, lineterminator = False, "\r\n"


@_registered_as("excel-tab")
class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


@_registered_as("unix")
class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    # Comma-separated; every field quoted with '"' (doubled inside one); LF ends a record.
    delimiter, quotechar, quoting, doublequote = ",", '"', QUOTE_ALL, True
    skipinitialspace, lineterminator = False, "\n"


class DictReader:
    """Reads records as dicts keyed by fieldnames (the first record when not given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._fieldnames = fieldnames
        # restkey holds the values past the last field name; restval fills the names past the values.
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    @property
    def fieldnames(self):
        # Without names given, the header is the first record, read on first use (None if there is none).
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, names):
        self._fieldnames = names

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # the header precedes the first record
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:  # a blank line is no record
            row = next(self.reader)
        return self._as_dict(row)

    def _as_dict(self, row):
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        for missing in names[len(row):]:
            record[missing] = self.restval
        return record


class DictWriter:
    """Writes dicts as records of the values of fieldnames, in that order."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames = fieldnames
        self.restval = restval  # written for a field name the dict lacks
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(rowdict) for rowdict in rowdicts)

    def _values(self, rowdict):
        # Only the exact lower-case "raise" rejects unknown keys (the check above ignores case), as in CPython.
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(map(repr, unknown)))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]
