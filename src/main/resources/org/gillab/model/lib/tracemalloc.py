"""tracemalloc: trace allocations (CPython's Lib/tracemalloc.py), written for the GIL Lab model from the
library documentation and python3's behaviour, not copied.

The model has no memory blocks: each object is one trace, its size what sys.getsizeof reports for the
built-in layout, its traceback the allocating thread's innermost frames (start(nframe)). A size is
measured lazily, once: when the object is freed, or when get_traced_memory(), reset_peak() or
take_snapshot() ask; the peak is the highest total seen at those moments. _tracemalloc (Java) keeps the
traces; this module gives them CPython's classes: Snapshot, Statistic, StatisticDiff, Traceback,
Frame, Trace, Filter and DomainFilter.
"""

import fnmatch
import linecache
import pickle
from collections.abc import Iterable, Sequence
from functools import total_ordering

from _tracemalloc import (clear_traces, get_traceback_limit, get_traced_memory, get_tracemalloc_memory,
                          is_tracing, reset_peak, start, stop)
import _tracemalloc

__all__ = ['BaseFilter', 'DomainFilter', 'Filter', 'Frame', 'Snapshot', 'Statistic', 'StatisticDiff',
           'Trace', 'Traceback', 'clear_traces', 'get_object_traceback', 'get_traceback_limit',
           'get_traced_memory', 'get_tracemalloc_memory', 'is_tracing', 'reset_peak', 'start', 'stop',
           'take_snapshot']

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _size_text(size, signed):
    """A size in at most three or four digits of the largest unit that keeps them: '39.1 KiB', '+512 B'."""
    sign = '+' if signed else ''
    for unit in _UNITS:
        if unit != 'B' and abs(size) < 100:
            return f"{size:{sign}.1f} {unit}"
        if unit == _UNITS[-1] or abs(size) < 10 * 1024:
            return f"{size:{sign}.0f} {unit}"
        size /= 1024


@total_ordering
class Frame:
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ('_where',)

    def __init__(self, frame):
        self._where = tuple(frame)

    @property
    def filename(self):
        return self._where[0]

    @property
    def lineno(self):
        return self._where[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._where == other._where

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._where < other._where

    def __hash__(self):
        return hash(self._where)

    def __str__(self):
        return f"{self.filename}:{self.lineno}"

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


@total_ordering
class Traceback(Sequence):
    """The frames where an object was allocated, the oldest first; built from pairs given the most recent first."""

    __slots__ = ('_frames', '_stack_depth')

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(Frame(pair) for pair in reversed(tuple(frames)))
        self._stack_depth = total_nframe  # how many frames the stack had, of which these are the innermost

    def __getitem__(self, index):
        return self._frames[index]

    def __len__(self):
        return len(self._frames)

    @property
    def total_nframe(self):
        return self._stack_depth

    def __contains__(self, frame):
        return frame in self._frames

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __hash__(self):
        return hash(self._frames)

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        total = '' if self._stack_depth is None else f" total_nframe={self._stack_depth}"
        return f"<Traceback {self._frames!r}{total}>"

    def format(self, limit=None, most_recent_first=False):
        """Lines as the traceback module shows frames; limit > 0 keeps the most recent, < 0 the oldest."""
        frames = self._frames
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        if most_recent_first:
            frames = frames[::-1]
        lines = []
        for frame in frames:
            lines.append(f'  File "{frame.filename}", line {frame.lineno}')
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append(f"    {source}")
        return lines


def get_object_traceback(obj):
    """The Traceback of obj's allocation, or None when it was not traced."""
    frames = _tracemalloc._get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    """One traced object: its domain, size and traceback."""

    __slots__ = ('_raw',)

    def __init__(self, raw):
        self._raw = raw  # (domain, size, frames, total_nframe), as _tracemalloc._get_traces gives it

    @property
    def domain(self):
        return self._raw[0]

    @property
    def size(self):
        return self._raw[1]

    @property
    def traceback(self):
        return Traceback(self._raw[2], self._raw[3])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._raw == other._raw

    def __hash__(self):
        return hash(self._raw)

    def __str__(self):
        return f"{self.traceback}: {_size_text(self.size, False)}"

    def __repr__(self):
        return f"<Trace domain={self.domain} size={_size_text(self.size, False)}, traceback={self.traceback!r}>"


class _Traces(Sequence):
    """Snapshot.traces: the traces as a read-only sequence of Trace."""

    def __init__(self, raw):
        self._raw = raw

    def __len__(self):
        return len(self._raw)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(raw) for raw in self._raw[index])
        return Trace(self._raw[index])

    def __contains__(self, trace):
        return isinstance(trace, Trace) and trace._raw in self._raw

    def __eq__(self, other):
        return isinstance(other, _Traces) and self._raw == other._raw

    def __repr__(self):
        return f"<Traces len={len(self)}>"


class Statistic:
    """The size and count of the traces that share a traceback."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())

    def _order(self):
        return (self.size, self.count, self.traceback)

    def __str__(self):
        text = f"{self.traceback}: size={_size_text(self.size, False)}, count={self.count}"
        return text + _average(self.size, self.count)

    def __repr__(self):
        return f"<Statistic traceback={self.traceback!r} size={self.size} count={self.count}>"


class StatisticDiff:
    """A Statistic and how it changed from an older snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback, self.size, self.count = traceback, size, count
        self.size_diff, self.count_diff = size_diff, count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())

    def _order(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)

    def __str__(self):
        text = (f"{self.traceback}: size={_size_text(self.size, False)} ({_size_text(self.size_diff, True)}), "
                f"count={self.count} ({self.count_diff:+d})")
        return text + _average(self.size, self.count)

    def __repr__(self):
        return (f"<StatisticDiff traceback={self.traceback!r} size={self.size} ({self.size_diff:+d}) "
                f"count={self.count} ({self.count_diff:+d})>")


def _average(size, count):
    return f", average={_size_text(size / count, False)}" if count else ""


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _matches(self, raw):
        raise NotImplementedError


class Filter(BaseFilter):
    """Traces whose file name matches a pattern (fnmatch), at a line or anywhere, in a domain or any."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.domain = domain
        self.lineno = lineno
        self.all_frames = all_frames
        # a compiled file's traces are its source's
        self._pattern = filename_pattern[:-1] if filename_pattern.lower().endswith('.pyc') else filename_pattern

    @property
    def filename_pattern(self):
        return self._pattern

    def _frame_matches(self, pair):
        filename, lineno = pair
        return fnmatch.fnmatchcase(filename, self._pattern) and self.lineno in (None, lineno)

    def _matches(self, raw):
        domain, _, frames, _ = raw
        if self.domain is not None and domain != self.domain:
            return False
        if self.all_frames:
            return any(self._frame_matches(pair) for pair in frames)
        return bool(frames) and self._frame_matches(frames[0])


class DomainFilter(BaseFilter):
    """Traces of one address space (domain): the model has only domain 0."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._address_space = domain

    domain = property(lambda self: self._address_space, doc="The domain whose traces the filter matches.")

    def _matches(self, raw):
        return raw[0] == self._address_space


_KEY_TYPES = ('traceback', 'filename', 'lineno')


def _group_keys(frames, key_type, cumulative):
    """The keys a trace's frames (most recent first) count under: one, or one per distinct frame when cumulative."""
    if key_type == 'traceback':
        return (Traceback(frames),)
    if key_type == 'filename':
        pairs = [(filename, 0) for filename, _ in frames]
    else:
        pairs = list(frames)
    if not cumulative:
        pairs = pairs[:1]
    return tuple(Traceback((pair,)) for pair in dict.fromkeys(pairs))


class Snapshot:
    """The traces at one moment, with the traceback limit they were taken with."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(list(traces))
        self.traceback_limit = traceback_limit

    def __reduce__(self):
        return (Snapshot, (self.traces._raw, self.traceback_limit))

    def dump(self, filename):
        """Writes the snapshot to a file (pickle)."""
        with open(filename, 'wb') as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Reads a snapshot that dump() wrote."""
        with open(filename, 'rb') as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        """A new Snapshot of the traces that an inclusive filter matches (if any is given) and no exclusive one does."""
        if not isinstance(filters, Iterable):
            raise TypeError(f"filters must be a list of filters, not {type(filters).__name__}")
        filters = list(filters)
        if not filters:
            return Snapshot(self.traces._raw, self.traceback_limit)
        inclusive = [f for f in filters if f.inclusive]
        exclusive = [f for f in filters if not f.inclusive]

        def kept(raw):
            if inclusive and not any(f._matches(raw) for f in inclusive):
                return False
            return not any(f._matches(raw) for f in exclusive)

        return Snapshot([raw for raw in self.traces._raw if kept(raw)], self.traceback_limit)

    def _groups(self, key_type, cumulative):
        if key_type not in _KEY_TYPES:
            raise ValueError(f"unknown key_type: {key_type!r}")
        if cumulative and key_type == 'traceback':
            raise ValueError(f"cumulative mode cannot by used with key type {key_type!r}")
        groups = {}
        for _, size, frames, _ in self.traces._raw:
            for key in _group_keys(frames or (('<unknown>', 0),), key_type, cumulative):
                total, count = groups.get(key, (0, 0))
                groups[key] = (total + size, count + 1)
        return groups

    def statistics(self, key_type, cumulative=False):
        """Statistic per key ('traceback', 'filename' or 'lineno'), the biggest first."""
        stats = [Statistic(key, size, count) for key, (size, count) in self._groups(key_type, cumulative).items()]
        return sorted(stats, key=Statistic._order, reverse=True)

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff per key between old_snapshot and this one, the biggest change first."""
        new = self._groups(key_type, cumulative)
        old = old_snapshot._groups(key_type, cumulative)
        diffs = []
        for key, (size, count) in new.items():
            old_size, old_count = old.get(key, (0, 0))
            diffs.append(StatisticDiff(key, size, size - old_size, count, count - old_count))
        for key, (old_size, old_count) in old.items():
            if key not in new:
                diffs.append(StatisticDiff(key, 0, -old_size, 0, -old_count))
        return sorted(diffs, key=StatisticDiff._order, reverse=True)


def take_snapshot():
    """A Snapshot of the objects traced now."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    return Snapshot(_tracemalloc._get_traces(), get_traceback_limit())
