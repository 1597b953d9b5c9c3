"""The TOML 1.0.0 parser behind tomllib (CPython's Lib/tomllib/_parser.py has this role).

Written for GIL Lab from the TOML 1.0.0 specification and python3's observable behaviour, not copied
from CPython's code. A document is read in one pass by a cursor over the text; errors name the
position python3 names: the start of an invalid value, the character that is not allowed, and for the
rules on defining tables (checked once a key/value pair has been read) the end of the pair.
"""

import re
import string
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")

_WHITESPACE = " \t"
_BARE_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_START_CHARS = _BARE_KEY_CHARS | {'"', "'"}
_HEX_DIGITS = frozenset(string.hexdigits)
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", '\\"': '"', "\\\\": "\\"}

# Control characters other than tab may not appear in one-line strings and comments; multi-line
# strings allow newlines as well.
_NOT_ALLOWED_ONE_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f]")
_NOT_ALLOWED_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_LOCAL_TIME = re.compile(_TIME)
# A date, optionally with a time and then optionally an offset; what does not match is left for the
# statement's end to reject, as python3 does ("1979-05-27T07:32" is a date followed by "T07:32").
_DATE_TIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_DIGITS = r"[0-9](?:_?[0-9])*"
# The longest prefix that is a number: "0x" reads as 0 followed by "x".
_NUMBER = re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)(\." + _DIGITS + r")?([eE][+-]?" + _DIGITS + ")?")
_SPECIAL_FLOATS = ("inf", "nan", "+inf", "-inf", "+nan", "-nan")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    # python3 reads CRLF as LF before anything else: error positions count in the text so changed.
    src = s.replace("\r\n", "\n")
    return _Parser(src, _checked_parse_float(parse_float)).document()


def _checked_parse_float(parse_float):
    if parse_float is float:
        return float

    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return parse


class _NotATable(Exception):
    """A key path runs into a value that is not a table."""


def _as_table(node):
    """The table a key path continues in: a table itself, or the last table of an array of tables."""
    if isinstance(node, list) and node:
        node = node[-1]
    return node if isinstance(node, dict) else None


class _Tables:
    """The tables of a document (or of one inline table) being built, with what TOML's rules on
    defining a table twice need to know of each: whether a [header] declared it, in which section
    (counted by headers) dotted keys defined it, and whether it was given whole as a value (an inline
    table or an array), which makes it and all it holds immutable."""

    def __init__(self):
        self.root = {}
        self.section = 0
        self._declared = set()  # ids: the tables stay in the document, so their ids stay theirs
        self._dotted_in = {}
        self._frozen = set()

    def _nodes(self, path):
        """The values at path's successive prefixes, as far as they exist."""
        node = self.root
        for key in path:
            table = _as_table(node)
            if table is None or key not in table:
                return
            node = table[key]
            yield node

    def is_frozen(self, path):
        return any(id(node) in self._frozen for node in self._nodes(path))

    def is_defined(self, path):
        """Whether a header, or dotted keys in an earlier section, defined the table at path."""
        nodes = list(self._nodes(path))
        table = _as_table(nodes[-1]) if len(nodes) == len(path) else None
        return table is not None and (id(table) in self._declared
                                      or self._dotted_in.get(id(table), self.section) < self.section)

    def freeze(self, value):
        self._frozen.add(id(value))

    def open(self, path, dotted_from=None):
        """The table at path, creating the missing ones; those from index dotted_from on are named
        by a dotted key in the current section."""
        table = self.root
        for i, key in enumerate(path):
            table = _as_table(table.setdefault(key, {}))
            if table is None:
                raise _NotATable
            if dotted_from is not None and i >= dotted_from:
                self._dotted_in[id(table)] = self.section
        return table

    def declare(self, path):
        self._declared.add(id(self.open(path)))

    def append_table(self, path):
        """Adds a table to the array of tables at path ([[path]])."""
        parent = self.open(path[:-1])
        tables = parent.setdefault(path[-1], [])
        if not isinstance(tables, list):
            raise _NotATable
        table = {}
        tables.append(table)
        self._declared.add(id(table))


class _Parser:
    """Reads one document: self.pos is where reading goes on."""

    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float

    def error(self, message, pos=None):
        pos = self.pos if pos is None else pos
        if pos >= len(self.src):
            where = "end of document"
        else:
            line = self.src.count("\n", 0, pos) + 1
            where = f"line {line}, column {pos - self.src.rfind(chr(10), 0, pos)}"
        return TOMLDecodeError(f"{message} (at {where})")

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def at(self, text):
        return self.src.startswith(text, self.pos)

    def skip(self, chars):
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def document(self):
        tables = _Tables()
        header = ()
        while True:
            self.skip(_WHITESPACE)
            char = self.peek()
            if not char:
                break
            if char == "\n":
                self.pos += 1
                continue
            if char in _KEY_START_CHARS:
                self.key_value_statement(tables, header)
            elif char == "[":
                header = self.table_header(tables)
            elif char != "#":
                raise self.error("Invalid statement")
            self.skip(_WHITESPACE)
            self.skip_comment()
            char = self.peek()
            if not char:
                break
            if char != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return tables.root

    def table_header(self, tables):
        """[key] or [[key]]: returns the key the following pairs go under."""
        tables.section += 1
        closing = "]]" if self.at("[[") else "]"
        self.pos += len(closing)
        self.skip(_WHITESPACE)
        key = self.key()
        if closing == "]]":
            if tables.is_frozen(key):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            self.build(tables.append_table, key)
            if not self.at(closing):
                raise self.error("Expected ']]' at the end of an array declaration")
        else:
            if tables.is_defined(key) or tables.is_frozen(key):
                raise self.error(f"Cannot declare {key} twice")
            self.build(tables.declare, key)
            if not self.at(closing):
                raise self.error("Expected ']' at the end of a table declaration")
        self.pos += len(closing)
        return key

    def build(self, action, *args):
        try:
            return action(*args)
        except _NotATable:
            raise self.error("Cannot overwrite a value") from None

    def key_value_statement(self, tables, header):
        key, value = self.key_value_pair()
        path = header + key
        for end in range(len(header) + 1, len(path)):
            if tables.is_defined(path[:end]):
                raise self.error(f"Cannot redefine namespace {path[:end]}")
        parent = path[:-1]
        if tables.is_frozen(parent):
            raise self.error(f"Cannot mutate immutable namespace {parent}")
        table = self.build(tables.open, parent, len(header))
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        table[key[-1]] = value
        if isinstance(value, (dict, list)):
            tables.freeze(value)

    def key_value_pair(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WHITESPACE)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_WHITESPACE)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_WHITESPACE)
            parts.append(self.key_part())
            self.skip(_WHITESPACE)
        return tuple(parts)

    def key_part(self):
        char = self.peek()
        if char in _BARE_KEY_CHARS:
            start = self.pos
            self.skip(_BARE_KEY_CHARS)
            return self.src[start:self.pos]
        if char == "'":
            return self.literal_string()
        if char == '"':
            return self.basic_string()
        raise self.error("Invalid initial character for a key part")

    def value(self):
        char = self.peek()
        if char == '"':
            return self.multiline_basic_string() if self.at('"""') else self.basic_string()
        if char == "'":
            return self.multiline_literal_string() if self.at("'''") else self.literal_string()
        if char == "[":
            return self.array()
        if char == "{":
            return self.inline_table()
        for word, value in (("true", True), ("false", False)):
            if self.at(word):
                self.pos += len(word)
                return value
        start = self.pos
        match = _DATE_TIME.match(self.src, start)
        if match:
            try:
                value = _date_time(match)
            except ValueError:
                raise self.error("Invalid date or datetime") from None
        elif match := _LOCAL_TIME.match(self.src, start):
            value = time(*_time_fields(*match.groups()))
        elif match := _NUMBER.match(self.src, start):
            fraction, exponent = match.groups()
            value = self.parse_float(match[0]) if fraction or exponent else int(match[0], 0)
        else:
            for special in _SPECIAL_FLOATS:
                if self.at(special):
                    self.pos += len(special)
                    return self.parse_float(special)
            raise self.error("Invalid value")
        self.pos = match.end()
        return value

    def array(self):
        self.pos += 1
        items = []
        self.skip_blank()
        while not self.at("]"):
            items.append(self.value())
            self.skip_blank()
            if self.at(","):
                self.pos += 1
                self.skip_blank()
            elif not self.at("]"):
                raise self.error("Unclosed array")
        self.pos += 1
        return items

    def inline_table(self):
        self.pos += 1
        tables = _Tables()
        self.skip(_WHITESPACE)
        if self.at("}"):
            self.pos += 1
            return tables.root
        while True:
            key, value = self.key_value_pair()
            if tables.is_frozen(key):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            table = self.build(tables.open, key[:-1])
            if key[-1] in table:
                raise self.error(f"Duplicate inline table key {key[-1]!r}")
            table[key[-1]] = value
            self.skip(_WHITESPACE)
            if self.at("}"):
                self.pos += 1
                return tables.root
            if not self.at(","):
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                tables.freeze(value)
            self.pos += 1
            self.skip(_WHITESPACE)

    def skip_blank(self):
        """Whitespace, newlines and comments between an array's items."""
        while True:
            self.skip(" \t\n")
            if not self.at("#"):
                return
            self.skip_comment()

    def skip_comment(self):
        if self.at("#"):
            end = self.src.find("\n", self.pos)
            self.pos = self.checked(self.pos + 1, len(self.src) if end < 0 else end, _NOT_ALLOWED_ONE_LINE)

    def checked(self, start, end, not_allowed):
        """end, once the text from start to end is found free of characters not allowed in it."""
        bad = not_allowed.search(self.src, start, end)
        if bad:
            raise self.error(f"Found invalid character {bad[0]!r}", bad.start())
        return end

    def literal_string(self):
        self.pos += 1
        return self.literal_text("'", _NOT_ALLOWED_ONE_LINE)

    def multiline_literal_string(self):
        self.skip_opening_delimiter()
        return self.literal_text("'''", _NOT_ALLOWED_MULTILINE) + self.extra_quotes("'")

    def literal_text(self, closing, not_allowed):
        # python3 looks for the closing delimiter first, then for characters not allowed before it.
        start = self.pos
        end = self.src.find(closing, start)
        if end < 0:
            raise self.error(f"Expected {closing!r}", len(self.src))
        self.pos = self.checked(start, end, not_allowed) + len(closing)
        return self.src[start:end]

    def skip_opening_delimiter(self):
        """A multi-line string's three quotes, and the newline right after them (not part of it)."""
        self.pos += 3
        if self.at("\n"):
            self.pos += 1

    def extra_quotes(self, quote):
        """One or two quotes right before a multi-line string's closing delimiter end up after it."""
        count = 0
        while count < 2 and self.at(quote):
            self.pos += 1
            count += 1
        return quote * count

    def basic_string(self):
        self.pos += 1
        return self.basic_text('"', _NOT_ALLOWED_ONE_LINE, multiline=False)

    def multiline_basic_string(self):
        self.skip_opening_delimiter()
        return self.basic_text('"""', _NOT_ALLOWED_MULTILINE, multiline=True) + self.extra_quotes('"')

    def basic_text(self, closing, not_allowed, multiline):
        src = self.src
        chunks = []
        start = pos = self.pos
        while True:
            if pos >= len(src):
                raise self.error("Unterminated string", pos)
            char = src[pos]
            if src.startswith(closing, pos):
                self.pos = pos + len(closing)
                chunks.append(src[start:pos])
                return "".join(chunks)
            if char == "\\":
                chunks.append(src[start:pos])
                self.pos = pos
                chunks.append(self.escape(multiline))
                start = pos = self.pos
            elif not_allowed.match(char):
                raise self.error(f"Illegal character {char!r}", pos)
            else:
                pos += 1

    def escape(self, multiline):
        escape = self.peek(2)
        self.pos += 2
        if multiline and escape in ("\\ ", "\\\t", "\\\n"):
            # A backslash ending a line drops it and the whitespace and newlines after it.
            if escape != "\\\n":
                self.skip(_WHITESPACE)
                if not self.peek():
                    return ""
                if not self.at("\n"):
                    raise self.error("Unescaped '\\' in a string")
            self.skip(" \t\n")
            return ""
        if escape in ("\\u", "\\U"):
            return self.escaped_code_point(4 if escape == "\\u" else 8)
        if escape not in _ESCAPES:
            raise self.error("Unescaped '\\' in a string")
        return _ESCAPES[escape]

    def escaped_code_point(self, length):
        digits = self.peek(length)
        if len(digits) != length or not _HEX_DIGITS.issuperset(digits):
            raise self.error("Invalid hex value")
        self.pos += length
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(code)


def _time_fields(hour, minute, second, fraction):
    # Digits of the fraction beyond microseconds are dropped, not rounded.
    return int(hour), int(minute), int(second), int(fraction.ljust(6, "0")) if fraction else 0


def _date_time(match):
    year, month, day, hour, minute, second, fraction, zulu, sign, offset_hour, offset_minute = match.groups()
    day = date(int(year), int(month), int(day))
    if hour is None:
        return day
    if sign:
        offset = timedelta(hours=int(offset_hour), minutes=int(offset_minute))
        zone = timezone(-offset if sign == "-" else offset)
    else:
        zone = timezone.utc if zulu else None
    return datetime(day.year, day.month, day.day, *_time_fields(hour, minute, second, fraction), tzinfo=zone)
