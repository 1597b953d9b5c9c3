"""CSV files: the GIL Lab model's csv module.

Mirrors CPython 3.11's Lib/csv.py over the model's _csv (Java): the Dialect classes (excel, excel-tab
and unix registered by name), DictReader and DictWriter. Written for the model from the documentation
and python3's observed behaviour, not copied. Sniffer makes CPython's guesses by the same rules (its
regular expressions and thresholds decide the results, so they are the same).
"""

import re
from io import StringIO

from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect, get_dialect,
                  list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "__doc__", "excel",
           "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter", "unix_dialect", "Sniffer"]


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


# Quoted text and the characters around it, tried in this order until one finds any: a delimiter
# before and after it (with an optional space after the first), a line start before it, a line end
# after it, nothing but the quoted text on its line.
_QUOTED = r'(?P<quote>["\']).*?(?P=quote)'
_DELIMITER = r'(?P<delim>[^\w\n"\'])'
_SPACE = r'(?P<space> ?)'
_LINE_START, _LINE_END = r'(?:^|\n)', r'(?:$|\n)'
_QUOTED_TEXT = [re.compile(pattern, re.DOTALL | re.MULTILINE) for pattern in (
    _DELIMITER + _SPACE + _QUOTED + '(?P=delim)',
    _LINE_START + _QUOTED + _DELIMITER + _SPACE,
    _DELIMITER + _SPACE + _QUOTED + _LINE_END,
    _LINE_START + _QUOTED + _LINE_END)]

# The characters _guess_delimiter counts: 7-bit ASCII but DEL.
_ASCII = [chr(code) for code in range(127)]


class Sniffer:
    """Guesses the dialect of a CSV sample (sniff) and whether its first row is a header (has_header)."""

    def __init__(self):
        # Where several characters fit as the delimiter equally well, the first of these that does wins.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass for sample, whose delimiter is one of delimiters when they are given."""
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator, quoting = "\r\n", QUOTE_MINIMAL

        dialect.doublequote, dialect.delimiter = doublequote, delimiter
        dialect.quotechar = quotechar or '"'  # _csv refuses an empty quotechar
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from the quoted texts in data: the
        quote and the delimiter around them found most often (the first found of equals); no
        delimiter (None) when nothing is quoted."""
        for pattern in _QUOTED_TEXT:
            matches = list(pattern.finditer(data))
            if matches:
                break
        else:
            return '', False, None, 0
        quotes, delims, spaces = {}, {}, 0
        for match in matches:
            found = match.groupdict()
            quotes[found['quote']] = quotes.get(found['quote'], 0) + 1
            if 'delim' not in found:
                continue
            if delimiters is None or found['delim'] in delimiters:
                delims[found['delim']] = delims.get(found['delim'], 0) + 1
            if found['space']:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
        else:  # a single column of quoted texts
            delim, skipinitialspace = '', 0
        return quotechar, self._quotes_doubled(data, quotechar, delim), delim, skipinitialspace

    @staticmethod
    def _quotes_doubled(data, quote, delim):
        # A field (between delimiters or line ends) holding a third quote: quotes are doubled in fields.
        d = re.escape(delim)
        field = rf"(({d})|^)\W*{quote}[^{d}\n]*{quote}[^{d}\n]*{quote}\W*(({d})|$)"
        return re.compile(field, re.MULTILINE).search(data) is not None

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace): the character found the same number of times on (nearly)
        every line, or ('', 0). The lines are read ten at a time, until one character stands out."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        frequencies = {}  # character -> {times on a line: lines}
        modes = {}  # character -> (its usual times on a line, lines with that less lines without)
        candidates = {}
        read = 0
        while read < len(lines):
            for line in lines[read:read + chunk]:
                for char in _ASCII:
                    times = frequencies.setdefault(char, {})
                    count = line.count(char)
                    times[count] = times.get(count, 0) + 1
            read += chunk
            for char, times in frequencies.items():
                if list(times) != [0]:
                    usual, lines_with = max(times.items(), key=lambda item: item[1])
                    modes[char] = usual, 2 * lines_with - sum(times.values())
            # the share of lines that must agree falls from 100% by 1% steps to 90% until one character makes it
            total = float(min(read, len(lines)))
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for char, (usual, agreeing) in modes.items():
                    if (usual > 0 and agreeing > 0 and agreeing / total >= consistency
                            and (delimiters is None or char in delimiters)):
                        candidates[char] = usual, agreeing
                consistency -= 0.01
            if len(candidates) == 1:
                return self._with_space_after(lines, next(iter(candidates)))
        if not candidates:
            return '', 0
        preferred = [char for char in self.preferred if char in candidates]
        delim = preferred[0] if preferred else max((mode, char) for char, mode in candidates.items())[1]
        return self._with_space_after(lines, delim)

    @staticmethod
    def _with_space_after(lines, delim):
        # skipinitialspace when a space follows the delimiter every time on the first line
        return delim, lines[0].count(delim) == lines[0].count(delim + ' ')

    def has_header(self, sample):
        """Whether the first row of sample looks like a header: a vote of the columns whose values in
        the next rows (up to 21 with the header's length) are all numbers or all texts of one length;
        a header value that is not such a value votes for, one that is against."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))  # column -> complex or a length; None until a row is seen
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue
            for column in list(kinds):
                kind = _value_kind(row[column])
                if kinds[column] is None:
                    kinds[column] = kind
                elif kind != kinds[column]:
                    del kinds[column]
        votes = 0
        for column, kind in kinds.items():
            if kind is complex:
                fits = _value_kind(header[column]) is complex
            else:
                fits = kind is not None and len(header[column]) == kind
            votes += -1 if fits else 1
        return votes > 0


def _value_kind(text):
    """complex for a number (what complex() accepts), else the length of the text."""
    try:
        complex(text)
    except (ValueError, OverflowError):
        return len(text)
    return complex
