"""The ZoneInfo class: the GIL Lab model's _zoneinfo.

Written for the model (not copied) to behave as CPython 3.11's C accelerator Modules/_zoneinfo.c (whose
pure-Python twin is Lib/zoneinfo/_zoneinfo.py) does, from the zoneinfo documentation and PEP 615: a
datetime.tzinfo built from a TZif file, cached per key (weakly, and strongly for the 8 keys used last),
with PEP 495's fold choosing between the two offsets of an ambiguous or imaginary local time.
"""

import bisect
import weakref
from collections import OrderedDict
from datetime import datetime, tzinfo

from zoneinfo import _common, _tzpath

_STRONG_CACHE_SIZE = 8


def _local_seconds(dt):
    # Seconds from the epoch of dt's wall clock reading, as if it were UTC.
    return ((dt.toordinal() - _common.EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


class ZoneInfo(tzinfo):
    """A time zone of the IANA database."""
    __slots__ = ("_key", "_file_repr", "_from_cache", "_utc_transitions", "_wall_transitions",
                 "_transition_types", "_type_before", "_rule", "_fixed", "__weakref__")

    def __init_subclass__(cls, **kwargs):
        # Each subclass keeps its own cache, so ZoneInfo(key) and a subclass's (key) are different objects.
        super().__init_subclass__(**kwargs)
        cls._weak_cache = weakref.WeakValueDictionary()
        cls._strong_cache = OrderedDict()

    def __new__(cls, key):
        zone = cls._weak_cache.get(key)
        if zone is None:
            zone = cls._load(key)
            zone._from_cache = True
            cls._weak_cache[key] = zone
        cls._strong_cache[key] = zone
        cls._strong_cache.move_to_end(key)
        if len(cls._strong_cache) > _STRONG_CACHE_SIZE:
            cls._strong_cache.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        """Get a new instance of ZoneInfo, bypassing the cache."""
        zone = cls._load(key)
        zone._from_cache = False
        return zone

    @classmethod
    def from_file(cls, file_obj, /, key=None):
        """Create a ZoneInfo file from a file object."""
        zone = cls._from_tzif(file_obj, key)
        zone._file_repr = repr(file_obj)
        zone._from_cache = False
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Clear the ZoneInfo cache."""
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache.pop(key, None)

    @classmethod
    def _load(cls, key):
        path = _tzpath.find_tzfile(key)
        file = _common.open_tzdata(key) if path is None else open(path, "rb")
        with file:
            return cls._from_tzif(file, key)

    @classmethod
    def _from_tzif(cls, file_obj, key):
        data = _common.load_tzif(file_obj)
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = None
        zone._utc_transitions = data.transitions
        zone._transition_types = data.transition_types
        zone._type_before = data.type_before
        zone._rule = data.rule
        # A transition's wall clock time differs with the offset it is read in: fold=0 reads a gap in the
        # offset before it and a repeat in the first offset, that is the larger offset; fold=1 the smaller.
        offsets = [(before.offset, after.offset) for before, after
                   in zip([data.type_before] + data.transition_types, data.transition_types)]
        zone._wall_transitions = tuple([utc + pick(pair) for utc, pair in zip(data.transitions, offsets)]
                                       for pick in (max, min))
        zone._fixed = cls._fixed_type(data)
        return zone

    @staticmethod
    def _fixed_type(data):
        # A zone of one local time type, which its footer (if any) repeats without DST, answers even for
        # dt=None (as time.utcoffset() asks); CPython counts the file's types, not the distinct ones.
        rule = data.rule
        if len(data.types) > 1 or rule is not None and rule.dst is not None:
            return None
        if not data.types:
            return rule.std
        return data.types[0] if rule is None or rule.std == data.types[0] else None

    key = property(lambda self: self._key)

    def __str__(self):
        return repr(self) if self._key is None else str(self._key)

    def __repr__(self):
        # The C type's name is 'zoneinfo.ZoneInfo'; a subclass shows its own name.
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is None:
            return f"{name}.from_file({self._file_repr})"
        return f"{name}(key={self._key!r})"

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle  # only for its exception: most programs never pickle a zone
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return type(self)._unpickle, (self._key, int(self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def utcoffset(self, dt):
        local_type = self._local_type(dt)
        return None if local_type is None else local_type.utcoff

    def dst(self, dt):
        local_type = self._local_type(dt)
        return None if local_type is None else local_type.dstoff

    def tzname(self, dt):
        local_type = self._local_type(dt)
        return None if local_type is None else local_type.tzname

    def _local_type(self, dt):
        if dt is None:
            return self._fixed
        seconds = _local_seconds(dt)
        walls = self._wall_transitions[dt.fold]
        index = bisect.bisect_right(walls, seconds)
        if index == len(walls) and self._rule is not None:
            return self._rule.local(seconds, dt.year, dt.fold)
        return self._type_until(index)

    def _type_until(self, index):
        # The local time type in force before transition index (all of them when index is past the last).
        return self._transition_types[index - 1] if index else self._type_before

    def _repeats_after(self, index, seconds):
        # Whether seconds (UTC) falls in the local time repeated after transition index set the clocks back.
        setback = self._type_until(index).offset - self._transition_types[index].offset
        return seconds - self._utc_transitions[index] < setback

    def fromutc(self, dt):
        """Given a datetime with local time in UTC, retrieve an adjusted datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        seconds = _local_seconds(dt)
        index = bisect.bisect_right(self._utc_transitions, seconds)
        if index == len(self._utc_transitions) and self._rule is not None:
            local_type, fold = self._rule.from_utc(seconds, dt.year)
        else:
            local_type, fold = self._type_until(index), 0
        # After the last transition the footer finds only its own repeats; CPython also sets fold in the
        # repeat that the last transition itself made.
        if index and not fold:
            fold = self._repeats_after(index - 1, seconds)
        local = dt + local_type.utcoff
        return local.replace(fold=1) if fold else local


ZoneInfo._weak_cache = weakref.WeakValueDictionary()
ZoneInfo._strong_cache = OrderedDict()
