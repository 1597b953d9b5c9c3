"""_markupbase: the position bookkeeping and SGML scanning that html.parser.HTMLParser builds on.

Written for GIL Lab from CPython 3.11's observable behaviour: ParserBase counts lines and columns as the
parser consumes its buffer (getpos), and scans comments and marked sections (<![CDATA[...]]>) the way
CPython's _markupbase does, raising AssertionError on a marked section it cannot name.
"""

import re

_name_token = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_comment_close = re.compile(r'--\s*>')
# Marked sections close with "]]>" (CDATA, IGNORE, ...) or, for MS Office's conditionals, with "]>".
_section_close = re.compile(r']\s*]\s*>')
_ms_section_close = re.compile(r']\s*>')
_SECTIONS = frozenset(("temp", "cdata", "ignore", "include", "rcdata"))
_MS_SECTIONS = frozenset(("if", "else", "endif"))


class ParserBase:
    """Base of parsers that read their input from self.rawdata; subclasses give the handlers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line, column) of the start of what the parser handles now; lines from 1, columns from 0."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Account for rawdata[i:j] being consumed; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def parse_comment(self, i, report=1):
        """Handle the comment <!--...--> at i; returns the index after it, or -1 while it is incomplete."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _comment_close.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start()])
        return match.end()

    def parse_marked_section(self, i, report=1):
        """Hand the marked section <![name[...]]> at i to unknown_decl; -1 while it is incomplete."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _SECTIONS:
            match = _section_close.search(rawdata, i + 3)
        elif name in _MS_SECTIONS:
            match = _ms_section_close.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start()])
        return match.end()

    def _scan_name(self, i, declstartpos):
        """The lowercased name token at i and the index after it (and its spaces); (None, -1) if cut off."""
        rawdata = self.rawdata
        if i == len(rawdata):
            return None, -1
        match = _name_token.match(rawdata, i)
        if not match:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r" % rawdata[declstartpos:declstartpos + 20])
        if match.end() == len(rawdata):
            return None, -1
        return match.group().strip().lower(), match.end()

    def unknown_decl(self, data):
        pass
