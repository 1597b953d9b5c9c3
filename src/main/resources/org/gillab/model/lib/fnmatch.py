"""Shell-style wildcard matching of file names: the GIL Lab model's fnmatch.

Written for the model (not copied) to behave as CPython 3.11's Lib/fnmatch.py documents: '*' matches
anything, '?' one character, '[seq]' one character of seq and '[!seq]' one not in it. translate()
produces the same regular expression text CPython's does (tests compare it), and matching compiles
that text with re.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Inside a character set these would start a set operation (or a warning about one) in re's
# syntax, so translate writes them escaped; '\\' must be escaped to stay literal.
_SET_ESCAPED = frozenset('\\-&~|')


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat, after os.path.normcase of both (no change on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Whether name matches the shell pattern pat, case counting."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The members of names that match pat."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    if os.path is posixpath:
        # normcase does nothing on POSIX: match the names as they are
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


@functools.lru_cache(maxsize=32768, typed=True)
def _matcher(pat):
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1'))
        return re.compile(text.encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern pat matches."""
    pieces = _pieces(pat)
    return '(?s:%s)\\Z' % _join_around_stars(pieces)


# The marker _pieces puts where a pattern has a run of '*'.
_STAR = object()


def _pieces(pat):
    """The pattern as regular expression fragments, with _STAR for each run of stars."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            close = _set_end(pat, i)
            if close < 0:
                pieces.append('\\[')
            else:
                pieces.append(_set(pat[i:close]))
                i = close + 1
        else:
            pieces.append(re.escape(c))
    return pieces


def _set_end(pat, start):
    """Where the ']' closing a set that opened just before start is, or -1: a ']' first (after '!') is a member."""
    j = start
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    return pat.find(']', j)


def _set(body):
    """A regular expression for the set [body]: its members, its ranges (backwards ones dropped), maybe negated."""
    negated = body.startswith('!')
    if negated:
        body = body[1:]
    items = []
    k = 0
    while k < len(body):
        # "x-y" is a range when something follows the '-'; a '-' right after a range is a member.
        if k + 2 < len(body) and body[k + 1] == '-':
            low, high = body[k], body[k + 2]
            if low <= high:
                items.append(_set_char(low) + '-' + _set_char(high))
            k += 3
        else:
            items.append(_set_char(body[k]))
            k += 1
    inside = ''.join(items)
    if not negated and inside.startswith('!'):
        # CPython reads the '!' a dropped backwards range leaves at the front as a negation
        negated = True
        inside = inside[1:]
    if not inside:
        # An empty set matches nothing; its negation matches any one character.
        return '.' if negated else '(?!)'
    if negated:
        return '[^' + inside + ']'
    if inside[0] in '^[':
        # would negate the set or look like a nested one
        inside = '\\' + inside
    return '[' + inside + ']'


def _set_char(c):
    return '\\' + c if c in _SET_ESCAPED else c


def _join_around_stars(pieces):
    """Joins the fragments; between stars, each group is atomic (so a failed match does not backtrack
    through every way the stars could divide the name), and the last star is a plain '.*'."""
    if _STAR not in pieces:
        return ''.join(pieces)
    groups = [[]]
    for piece in pieces:
        if piece is _STAR:
            groups.append([])
        else:
            groups[-1].append(piece)
    head, middle, tail = groups[0], groups[1:-1], groups[-1]
    parts = [''.join(head)]
    for group in middle:
        parts.append('(?>.*?' + ''.join(group) + ')')
    parts.append('.*' + ''.join(tail))
    return ''.join(parts)
