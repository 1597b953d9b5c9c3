"""Helpers of unittest's failure messages: the GIL Lab model's unittest.util.

Mirrors CPython 3.11's Lib/unittest/util.py: written for the model from the messages python3's
unittest prints (observed by experiment), not copied. Reprs that cannot fail, reprs of two values cut
to about 80 characters around where they differ, class names, and the element counts that
assertCountEqual reports.
"""

from collections import Counter, namedtuple
from os.path import commonprefix

__unittest = True

_MAX_LENGTH = 80          # a repr longer than this is shortened
_PLACEHOLDER_LEN = 12     # about what '[N chars]' costs: cutting fewer characters is not worth it
_MIN_BEGIN_LEN = 5        # characters kept before the first cut
_MIN_END_LEN = 5          # characters kept after a differing part's cut
_MIN_COMMON_LEN = 5       # characters of the common prefix kept after its cut
# what a differing part keeps before its cut when the common prefix is cut to the minimum
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _MIN_COMMON_LEN + _MIN_END_LEN + 2 * _PLACEHOLDER_LEN)


def safe_repr(obj, short=False):
    """repr(obj), or object.__repr__(obj) when that raises; with short, at most 80 characters and
    a ' [truncated]...' mark."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    """'module.QualifiedName' of a class, as test ids and reprs show it."""
    return f'{cls.__module__}.{cls.__qualname__}'


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y (the default test method order)."""
    return (x > y) - (x < y)


def _shorten(s, prefixlen, suffixlen):
    """s with all but its first prefixlen and last suffixlen characters replaced by '[N chars]',
    when that saves more than the placeholder costs."""
    cut = len(s) - prefixlen - suffixlen
    if cut <= _PLACEHOLDER_LEN:
        return s
    return f'{s[:prefixlen]}[{cut} chars]{s[len(s) - suffixlen:]}'


def _common_shorten_repr(*args):
    """The reprs of args, all cut alike when the longest is over 80 characters. Their common prefix
    is cut first, to what the longest one's differing tail leaves room for; when even the shortest
    prefix leaves too little room, each differing tail is cut too."""
    reprs = tuple(safe_repr(arg) for arg in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    shared = len(commonprefix(reprs))
    prefix = reprs[0][:shared]
    room = _MAX_LENGTH - _MIN_BEGIN_LEN - _PLACEHOLDER_LEN - (longest - shared)
    if room > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[shared:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[shared:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


# one line of assertCountEqual's message: how often value occurs in each argument
_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_hashable(actual, expected):
    """The mismatches of element counts, for hashable elements: actual's elements in order of first
    appearance, then those found only in expected."""
    in_actual, in_expected = Counter(actual), Counter(expected)
    mismatches = [_Mismatch(count, in_expected[value], value)
                  for value, count in in_actual.items() if count != in_expected[value]]
    mismatches.extend(_Mismatch(0, count, value)
                      for value, count in in_expected.items() if value not in in_actual)
    return mismatches


def _remove_equal(items, value):
    """Removes from the list items every element == value; returns how many it removed."""
    kept = [item for item in items if not item == value]
    removed = len(items) - len(kept)
    items[:] = kept
    return removed


def _pop_group(items):
    """Takes the first element off the list items, with every later one == to it; returns the
    element and how many of them equal it (the element itself counts only if it equals itself)."""
    value = items.pop(0)
    return value, (1 if value == value else 0) + _remove_equal(items, value)


def _count_diff_all_purpose(actual, expected):
    """_count_diff_hashable for elements that may be unhashable: they are compared with ==."""
    actual, expected = list(actual), list(expected)
    mismatches = []
    while actual:
        value, count = _pop_group(actual)
        expected_count = _remove_equal(expected, value)
        if count != expected_count:
            mismatches.append(_Mismatch(count, expected_count, value))
    while expected:
        value, count = _pop_group(expected)
        mismatches.append(_Mismatch(0, count, value))
    return mismatches
