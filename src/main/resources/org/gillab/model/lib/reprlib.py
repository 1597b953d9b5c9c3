"""reprlib: repr() with size limits, and a decorator for recursion-safe __repr__, as CPython 3.11's.

Mirrors CPython's Lib/reprlib.py. Written for the model from the documentation and python3's observed
behaviour, not copied. Repr dispatches on the type's name (repr_list, repr_dict...; spaces in a name
become underscores), so subclasses add repr_<TypeName> methods; containers show at most max<kind>
items and nest maxlevel deep; long strings, ints and other reprs keep their two ends around fillvalue.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorates __repr__ so that a call made while the same object's repr is already running (in this
    thread) gives fillvalue."""

    def decorate(method):
        under_way = set()  # (id of the object, id of the thread) of each repr not yet returned

        def guarded(self):
            call = (id(self), get_ident())
            if call in under_way:
                return fillvalue
            under_way.add(call)
            try:
                return method(self)
            finally:
                under_way.remove(call)

        # The wrapper passes for the method (without functools, which would add __wrapped__).
        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, name, getattr(method, name))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _in_order(items):
    """A set's items or a dict's keys sorted when they compare, else as they come."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _kept_ends(limit):
    """How many leading and trailing characters a text cut to limit keeps beside a 3-character fill."""
    head = max(0, (limit - 3) // 2)
    return head, max(0, limit - 3 - head)


# The limits a new Repr starts with, in the order CPython sets them.
_DEFAULT_LIMITS = {
    'fillvalue': '...', 'maxlevel': 6, 'maxtuple': 6, 'maxlist': 6, 'maxarray': 5, 'maxdict': 4,
    'maxset': 6, 'maxfrozenset': 6, 'maxdeque': 6, 'maxstring': 30, 'maxlong': 40, 'maxother': 30,
}


class Repr:

    def __init__(self):
        for name, limit in _DEFAULT_LIMITS.items():
            setattr(self, name, limit)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # 'repr_' + the type's name with its words joined by underscores; anything else is an instance.
        handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    # Containers ----------------------------------------------------------------------------------

    def _first_items(self, items, count, limit, show):
        """show() of the first limit items, joined by ', ', and fillvalue if count says there are more."""
        shown = [show(item) for item in islice(items, limit)]
        if count > limit:
            shown.append(self.fillvalue)
        return ', '.join(shown)

    def _container(self, items, level, opening, closing, limit, single_suffix=''):
        """opening, the items, closing; one level too deep, a non-empty container shows only fillvalue.
        A container of one item puts single_suffix after it (the tuple's comma)."""
        count = len(items)
        if count and level <= 0:
            return opening + self.fillvalue + closing
        inside = self._first_items(items, count, limit, lambda item: self.repr1(item, level - 1))
        if count == 1:
            closing = single_suffix + closing
        return opening + inside + closing

    def repr_tuple(self, x, level):
        return self._container(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._container(x, level, '[', ']', self.maxlist)

    def repr_deque(self, x, level):
        return self._container(x, level, 'deque([', '])', self.maxdeque)

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._container(x, level, f"array('{x.typecode}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._container(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._container(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'

        def entry(key):
            return self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1)
        return '{' + self._first_items(_in_order(x), len(x), self.maxdict, entry) + '}'

    # Single values ---------------------------------------------------------------------------------

    def _both_ends(self, text, limit):
        head, tail = _kept_ends(limit)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _at_most(self, text, limit):
        return text if len(text) <= limit else self._both_ends(text, limit)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # Cut the repr of the string's two ends, so that its quotes and escapes stay whole.
        head, tail = _kept_ends(self.maxstring)
        return self._both_ends(builtins.repr(x[:head] + x[len(x) - tail:]), self.maxstring)

    def repr_int(self, x, level):
        return self._at_most(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # An object whose repr fails is shown by its class and address instead.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._at_most(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
