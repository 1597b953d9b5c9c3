"""tokenize: Python source split into tokens, as CPython 3.11's pure-Python tokenize module splits it.

Written for GIL Lab from CPython's documentation and python3's observable behaviour (the tokens,
positions and errors it gives for real and malformed sources), not copied from CPython's Lib/tokenize.py.
As in 3.11, an f-string is one STRING token, and text the tokenizer does not recognise becomes
ERRORTOKENs rather than an exception.
"""

import codecs
import collections
import io
import re
from builtins import open as _open_file

import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]
del token

tabsize = 8


class TokenInfo(collections.namedtuple("TokenInfo", "type string start end line")):
    """One token: its type, its text, where it starts and ends ((row, column), rows from 1) and the
    physical line(s) it is on."""

    def __repr__(self):
        return (f"TokenInfo(type={self.type} ({tok_name[self.type]}), string={self.string!r}, "
                f"start={self.start!r}, end={self.end!r}, line={self.line!r})")

    @property
    def exact_type(self):
        """The operator's own type (LPAR, PLUSEQUAL, ...) for an OP token, else its type."""
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


class TokenError(Exception):
    """The source ended inside a string or a statement."""


# --- What a token looks like -------------------------------------------------------------------------

def _string_prefixes():
    """Every spelling of every string prefix, the empty one included: "rb", "bR", "Fr", ..."""
    spellings = {""}
    for prefix in ("b", "r", "u", "f", "br", "fr"):
        orders = {prefix, prefix[::-1]}
        for order in orders:
            cases = [""]
            for letter in order:
                cases = [done + choice for done in cases for choice in (letter, letter.upper())]
            spellings.update(cases)
    return spellings


_PREFIXES = _string_prefixes()
_PREFIX = "(?:" + "|".join(sorted(_PREFIXES, key=len, reverse=True)) + ")"
_DIGITS = r"[0-9](?:_?[0-9])*"
_EXPONENT = r"[eE][-+]?" + _DIGITS
_FLOAT = r"(?:(?:" + _DIGITS + r"\.(?:" + _DIGITS + r")?|\." + _DIGITS + ")(?:" + _EXPONENT + ")?|" + _DIGITS + _EXPONENT + ")"
_INTEGER = (r"(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+"
            r"|0(?:_?0)*|[1-9](?:_?[0-9])*)")
# An imaginary number before a float before an integer: the first that matches is the token.
_NUMBER = r"(?:" + _DIGITS + "[jJ]|" + _FLOAT + "[jJ]|" + _FLOAT + "|" + _INTEGER + ")"
# Longest operators first, so that "**=" is not read as "**" and "=".
_OPERATOR = "|".join(re.escape(text) for text in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True))


def _one_line_string(quote):
    """The start of a one-line string up to its closing quote, or up to a backslash ending the line."""
    body = "[^\\n{q}\\\\]*(?:\\\\.[^\\n{q}\\\\]*)*".format(q=quote)
    return _PREFIX + quote + body + "(?:" + quote + r"|\\\r?\n)"


# At a position: whitespace, then a backslash continuation or the end of the line, a comment, the
# opening of a triple-quoted string, a number, a newline or operator, a string, or a word; a word that
# is no identifier (digits of other scripts) becomes an OP, as in python3.
_TOKEN = re.compile(
    r"[ \f\t]*("
    r"\\\r?\n|\Z|#[^\r\n]*|" + _PREFIX + "(?:'''|\"\"\")"
    + "|" + _NUMBER
    + r"|\r?\n|" + _OPERATOR
    + "|" + _one_line_string("'") + "|" + _one_line_string('"')
    + r"|\w+)")

# The rest of a string once it is open: its text up to and including the closing quotes.
_STRING_END = {
    "'": re.compile(r"[^'\\]*(?:\\.[^'\\]*)*'"),
    '"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"'),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'),
}
_PREFIX_LETTERS = "bBrRuUfF"


def _opening_quote(text):
    """The quote a token opening a string literal starts with after its prefix, else ''."""
    rest = text.lstrip(_PREFIX_LETTERS)
    if rest[:3] in ("'''", '"""'):
        return rest[:3]
    return rest[:1] if rest[:1] in ("'", '"') else ""


# --- Tokenizing --------------------------------------------------------------------------------------

class _OpenString:
    """A string whose first line has ended without its closing quotes."""

    def __init__(self, start, line, closing):
        self.start = start
        self.text = line[start[1]:]
        self.lines = line
        self.closing = closing


class _Tokenizer:
    """Tokenizes a source one physical line at a time; what a line leaves open (brackets, a backslash
    continuation, a string, indentation) decides how the next line is read."""

    def __init__(self):
        self.row = 0
        self.brackets = 0
        self.continued = False
        self.indents = [0]
        self.string = None
        # A one-line string may only go on past lines that end with a backslash. As in python3, this
        # holds from such a string's start until one such string ends well, so a triple-quoted string
        # after one that ended as an ERRORTOKEN is held to it too.
        self.strings_need_backslash = False

    def tokens(self, readline):
        previous = line = ""
        while True:
            previous, line = line, _read(readline)
            self.row += 1
            if self.string is not None:
                pos = yield from self.go_on_with_string(line)
                if pos is None:
                    continue
            elif self.brackets == 0 and not self.continued:
                if not line:
                    break
                pos = yield from self.start_statement(line)
                if pos is _END:
                    break
                if pos is None:
                    continue
            else:
                if not line:
                    raise TokenError("EOF in multi-line statement", (self.row, 0))
                self.continued = False
                pos = 0
            yield from self.scan(line, pos)
        yield from self.finish(previous)

    def start_statement(self, line):
        """Indentation (INDENT, DEDENT) at a line that starts a statement, or a blank or comment
        line's tokens: the position scanning goes on from, None when the line is done, _END when the
        source ends (a last line of whitespace only)."""
        column = pos = 0
        while pos < len(line) and line[pos] in " \t\f":
            char = line[pos]
            column = column + 1 if char == " " else (column // tabsize + 1) * tabsize if char == "\t" else 0
            pos += 1
        if pos == len(line):
            return _END
        if line[pos] in "#\r\n":
            if line[pos] == "#":
                comment = line[pos:].rstrip("\r\n")
                yield TokenInfo(COMMENT, comment, (self.row, pos), (self.row, pos + len(comment)), line)
                pos += len(comment)
            yield TokenInfo(NL, line[pos:], (self.row, pos), (self.row, len(line)), line)
            return None
        if column > self.indents[-1]:
            self.indents.append(column)
            yield TokenInfo(INDENT, line[:pos], (self.row, 0), (self.row, pos), line)
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError("unindent does not match any outer indentation level",
                                       ("<tokenize>", self.row, pos, line))
            self.indents.pop()
            yield TokenInfo(DEDENT, "", (self.row, pos), (self.row, pos), line)
        return pos

    def go_on_with_string(self, line):
        """The next line of an open string: the position after its end, or None if the line is used up."""
        string = self.string
        if not line:
            raise TokenError("EOF in multi-line string", string.start)
        end = _STRING_END[string.closing].match(line)
        if end:
            self.string = None
            self.strings_need_backslash = False
            yield TokenInfo(STRING, string.text + line[:end.end()], string.start, (self.row, end.end()),
                            string.lines + line)
            return end.end()
        if self.strings_need_backslash and not line.endswith(("\\\n", "\\\r\n")):
            self.string = None
            yield TokenInfo(ERRORTOKEN, string.text + line, string.start, (self.row, len(line)), string.lines)
            return None
        string.text += line
        string.lines += line
        return None

    def scan(self, line, pos):
        row = self.row
        while pos < len(line):
            match = _TOKEN.match(line, pos)
            if not match:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            start, pos = match.span(1)
            if start == pos:
                continue
            text = line[start:pos]
            first = text[0]
            quote = _opening_quote(text)
            if first in "0123456789" or (first == "." and text not in (".", "...")):
                kind = NUMBER
            elif first in "\r\n":
                kind = NL if self.brackets > 0 else NEWLINE
            elif first == "#":
                kind = COMMENT
            elif len(quote) == 3:
                end = _STRING_END[quote].match(line, pos)
                if not end:
                    self.string = _OpenString((row, start), line, quote)
                    return
                pos = end.end()
                text = line[start:pos]
                kind = STRING
            elif quote:
                if text.endswith("\n"):
                    self.string = _OpenString((row, start), line, quote)
                    self.strings_need_backslash = True
                    return
                kind = STRING
            elif first.isidentifier():
                kind = NAME
            elif first == "\\":
                self.continued = True
                continue
            else:
                if first in "([{":
                    self.brackets += 1
                elif first in ")]}":
                    self.brackets -= 1
                kind = OP
            yield TokenInfo(kind, text, (row, start), (row, pos), line)

    def finish(self, last_line):
        """A NEWLINE for a last statement without one, a DEDENT for each indentation left, ENDMARKER."""
        if last_line and last_line[-1] not in "\r\n" and not last_line.strip().startswith("#"):
            row = self.row - 1
            yield TokenInfo(NEWLINE, "", (row, len(last_line)), (row, len(last_line) + 1), "")
        for _ in self.indents[1:]:
            yield TokenInfo(DEDENT, "", (self.row, 0), (self.row, 0), "")
        yield TokenInfo(ENDMARKER, "", (self.row, 0), (self.row, 0), "")


_END = object()


def _read(readline, at_end=""):
    try:
        return readline()
    except StopIteration:
        return at_end


def _tokens(readline, encoding):
    if encoding is not None:
        # The BOM is gone with detect_encoding(): lines decode as plain UTF-8.
        encoding = "utf-8" if encoding == "utf-8-sig" else encoding
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
        byte_lines = readline

        def readline():
            return _read(byte_lines, b"").decode(encoding)
    yield from _Tokenizer().tokens(readline)


def generate_tokens(readline):
    """Tokenizes str lines: readline returns one line at a time, '' (or StopIteration) at the end."""
    return _tokens(readline, None)


def tokenize(readline):
    """Tokenizes bytes lines: the first token is ENCODING, the encoding the source declares (PEP 263)
    or UTF-8, which decodes the rest."""
    encoding, consumed = detect_encoding(readline)
    lines = iter(consumed)

    def next_line():
        for line in lines:
            return line
        return readline()
    return _tokens(next_line, encoding)


# --- Encodings ---------------------------------------------------------------------------------------

_CODING = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_BLANK = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def _normal_encoding_name(name):
    """python3 spells the variants of utf-8 and latin-1 as "utf-8" and "iso-8859-1"."""
    spelled = name[:12].lower().replace("_", "-")
    if spelled == "utf-8" or spelled.startswith("utf-8-"):
        return "utf-8"
    for latin in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if spelled == latin or spelled.startswith(latin + "-"):
            return "iso-8859-1"
    return name


def detect_encoding(readline):
    """The encoding of a source given as bytes lines, from a UTF-8 BOM or a coding cookie in its first
    two lines, and the lines read to find it: (encoding, [lines])."""
    filename = getattr(getattr(readline, "__self__", None), "name", None)
    of_file = "" if filename is None else f" for {filename!r}"
    bom = False

    def read():
        try:
            return readline()
        except StopIteration:
            return b""

    def declared(line):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration" + of_file) from None
        cookie = _CODING.match(text)
        if not cookie:
            return None
        encoding = _normal_encoding_name(cookie.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SyntaxError(f"unknown encoding{of_file}: {encoding}") from None
        if bom:
            if encoding != "utf-8":
                raise SyntaxError(f"encoding problem{of_file}: utf-8")
            encoding += "-sig"
        return encoding

    default = "utf-8"
    first = read()
    if first.startswith(codecs.BOM_UTF8):
        bom = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    lines = [first]
    encoding = declared(first)
    if encoding:
        return encoding, lines
    if _BLANK.match(first):
        second = read()
        if second:
            lines.append(second)
            encoding = declared(second)
            if encoding:
                return encoding, lines
    return default, lines


def open(filename):
    """Opens a Python source file for reading as text, in the encoding detect_encoding() finds."""
    buffer = _open_file(filename, "rb")
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = "r"
        return text
    except BaseException:
        buffer.close()
        raise


# --- Back to source ----------------------------------------------------------------------------------

def untokenize(iterable):
    """Source text from tokens: from full 5-tuples, laid out at their positions (so that tokenizing it
    again gives the same tokens); from (type, string) pairs, spaced just enough to tokenize the same.
    Bytes in the ENCODING token's encoding when the tokens start with one."""
    writer = _SourceWriter()
    text = writer.write(iterable)
    return text if writer.encoding is None else text.encode(writer.encoding)


class _SourceWriter:
    def __init__(self):
        self.parts = []
        self.row = 1
        self.column = 0
        self.encoding = None
        self.indents = []
        self.line_start = False

    def write(self, iterable):
        tokens = iter(iterable)
        for tok in tokens:
            if len(tok) == 2:
                self.write_pairs(tok, tokens)
                break
            kind, text, start, end, _ = tok
            if kind == ENDMARKER:
                break
            if self.bookkeeping(kind, text):
                if kind == DEDENT:
                    self.row, self.column = end
                continue
            if kind in (NEWLINE, NL):
                self.line_start = True
            elif self.line_start and self.indents:
                # Text that has left out INDENT's own positions gets the indentation back.
                if start[1] >= len(self.indents[-1]):
                    self.parts.append(self.indents[-1])
                    self.column = len(self.indents[-1])
                self.line_start = False
            self.move_to(start)
            self.parts.append(text)
            self.row, self.column = end
            if kind in (NEWLINE, NL):
                self.row, self.column = self.row + 1, 0
        return "".join(self.parts)

    def bookkeeping(self, kind, text):
        """ENCODING, INDENT and DEDENT change the state, not the text: True for them."""
        if kind == ENCODING:
            self.encoding = text
        elif kind == INDENT:
            self.indents.append(text)
        elif kind == DEDENT:
            self.indents.pop()
        else:
            return False
        return True

    def move_to(self, start):
        row, column = start
        if (row, column) < (self.row, self.column):
            raise ValueError(f"start ({row},{column}) precedes previous end ({self.row},{self.column})")
        if row > self.row:
            self.parts.append("\\\n" * (row - self.row))
            self.column = 0
        if column > self.column:
            self.parts.append(" " * (column - self.column))

    def write_pairs(self, first, tokens):
        self.indents = []
        self.line_start = first[0] in (NEWLINE, NL)
        after_string = False
        for tok in (first, *tokens):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += " "
            if kind == STRING:
                # Two strings in a row stay two tokens.
                text = " " + text if after_string else text
            after_string = kind == STRING
            if self.bookkeeping(kind, text):
                continue
            if kind in (NEWLINE, NL):
                self.line_start = True
            elif self.line_start and self.indents:
                self.parts.append(self.indents[-1])
                self.line_start = False
            self.parts.append(text)
