"""html: escape and unescape HTML text, as CPython 3.11's module does.

Written for GIL Lab from CPython's documentation and the HTML 5 rules for character references:
unescape() knows every named reference of html.entities.html5 (the longest name that matches wins, some
without their semicolon), and numeric references are mended as HTML 5 says (Windows-1252 for 0x80-0x9f,
U+FFFD for surrogates and out of range numbers, nothing for the other forbidden code points).
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


# What escape() replaces after the ampersands
_MARKUP = str.maketrans({'<': '&lt;', '>': '&gt;'})
_MARKUP_AND_QUOTES = str.maketrans({'<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;'})


def escape(s, quote=True):
    """s with &, < and > replaced by their references, and " and ' too when quote is true."""
    s = s.replace('&', '&amp;')  # first, so that no reference is escaped again (and a non-str fails as in CPython)
    return s.translate(_MARKUP_AND_QUOTES if quote else _MARKUP)


# Numeric references to these code points mean other characters: 0x80-0x9f are read as Windows-1252.
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
_invalid_charrefs.update(zip(range(0x80, 0xa0),
                             '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                             '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'))

# Code points a numeric reference may not produce (they are dropped): controls and noncharacters.
_invalid_codepoints = {0xb, *range(0x1, 0x9), *range(0xe, 0x20), *range(0x7f, 0xa0), *range(0xfdd0, 0xfdf0)}
_invalid_codepoints.update(plane + end for plane in range(0, 0x110000, 0x10000) for end in (0xfffe, 0xffff))

_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def _numeric(ref):
    """The text of '#65;' or '#x41' (the semicolon is optional)."""
    digits = ref[2:] if ref[1] in 'xX' else ref[1:]
    num = int(digits.rstrip(';'), 16 if ref[1] in 'xX' else 10)
    replaced = _invalid_charrefs.get(num)
    if replaced is None and (num > 0x10FFFF or 0xD800 <= num <= 0xDFFF):
        replaced = '\uFFFD'  # no character, or a surrogate: the replacement character
    elif replaced is None:
        replaced = '' if num in _invalid_codepoints else chr(num)
    return replaced


def _named(ref):
    """The text of a name: the whole name, else its longest prefix (of 2 characters or more) that is a
    reference followed by the rest; else the reference unchanged."""
    if ref in _html5:
        return _html5[ref]
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


def _replace_charref(match):
    ref = match.group(1)
    return _numeric(ref) if ref[0] == '#' else _named(ref)


def unescape(s):
    """s with every named and numeric character reference replaced by its character(s)."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
