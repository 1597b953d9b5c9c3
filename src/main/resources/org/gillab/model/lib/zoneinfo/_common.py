"""Reading time zone data: the model's zoneinfo._common.

Written for the model (not copied) from RFC 8536 (the TZif format) and POSIX's TZ variable, to read what
CPython 3.11's zoneinfo reads (Lib/zoneinfo/_common.py and Modules/_zoneinfo.c): a file's transitions
and local time types (the version 1 block, or the 64-bit block of versions 2 and later) and its footer,
the POSIX TZ string that gives local time after the last transition.
"""

import importlib
import os
import re
import struct
from datetime import date, timedelta

EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def open_tzdata(key):
    """Open key's TZif file in the tzdata package from PyPI, on which zoneinfo falls back.

    tzdata keeps a zone's file beside the __init__.py of the package its folders name:
    America/Argentina/Salta is tzdata/zoneinfo/America/Argentina/Salta.
    """
    *folders, name = key.split("/")
    try:
        package = importlib.import_module(".".join(["tzdata", "zoneinfo"] + folders))
        return open(os.path.join(os.path.dirname(package.__file__), name), "rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError):  # not a directory's or a bad name's error
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}")


def tzdata_keys():
    """The keys the tzdata package lists in its file 'zones', none without it."""
    try:
        tzdata = importlib.import_module("tzdata")
        with open(os.path.join(os.path.dirname(tzdata.__file__), "zones")) as zones:
            return {line.strip() for line in zones if line.strip()}
    except (ImportError, OSError):
        return set()


class LocalTimeType:
    """One local time type: its UTC offset (also in seconds, to compare), DST offset and abbreviation."""
    __slots__ = ("offset", "utcoff", "dstoff", "tzname")

    def __init__(self, offset, dst_offset, tzname):
        self.offset = offset
        self.utcoff = timedelta(seconds=offset)
        self.dstoff = timedelta(seconds=dst_offset)
        self.tzname = tzname

    def __eq__(self, other):
        return (self.offset, self.dstoff, self.tzname) == (other.offset, other.dstoff, other.tzname)

    __hash__ = None


class TZifData:
    """What a TZif file says: UTC transition times, the type each starts, the type before the first, the footer."""
    __slots__ = ("transitions", "transition_types", "types", "type_before", "rule")

    def __init__(self, transitions, transition_types, types, rule):
        self.transitions = transitions
        self.transition_types = transition_types
        self.types = types
        # Before the first transition: the first standard time type, else type 0 (RFC 8536 says type 0; CPython
        # prefers standard time).
        self.type_before = next((t for t in types if not t.dstoff), types[0] if types else None)
        self.rule = rule


_HEADER = struct.Struct(">4sc15x6L")  # magic, version, then isutcnt isstdcnt leapcnt timecnt typecnt charcnt
_TYPE = struct.Struct(">lBB")  # utoff, isdst, desigidx


def load_tzif(fobj):
    """Read a TZif file from a binary file object."""
    data = fobj.read()
    version, counts, pos = _header(data, 0)
    time_size = 4
    if version >= 2:
        # The version 1 block is there for old readers; the 64-bit block and the footer follow it.
        pos += _block_size(counts, time_size)
        version, counts, pos = _header(data, pos)
        time_size = 8
    block_end = pos + _block_size(counts, time_size)
    _, _, _, timecnt, typecnt, charcnt = counts
    transitions = list(struct.unpack_from(">%d%s" % (timecnt, {4: "l", 8: "q"}[time_size]), data, pos))
    pos += timecnt * time_size
    type_indices = data[pos:pos + timecnt]
    pos += timecnt
    raw_types = [_TYPE.unpack_from(data, pos + i * _TYPE.size) for i in range(typecnt)]
    pos += typecnt * _TYPE.size
    abbreviations = data[pos:pos + charcnt]
    # Leap seconds and the standard/UT indicators that end the block do not change local time.
    dst_offsets = _dst_offsets(type_indices, raw_types)
    types = [LocalTimeType(utoff, dst_offset, _abbreviation(abbreviations, index))
             for (utoff, isdst, index), dst_offset in zip(raw_types, dst_offsets)]
    rule = _footer_rule(data, block_end) if version >= 2 else None
    return TZifData(transitions, [types[i] for i in type_indices], types, rule)


def _header(data, pos):
    if data[pos:pos + 4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    magic, version, *counts = _HEADER.unpack_from(data, pos)
    return 1 if version == b"\0" else int(version.decode()), counts, pos + _HEADER.size


def _block_size(counts, time_size):
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    return (timecnt * (time_size + 1) + typecnt * _TYPE.size + charcnt + leapcnt * (time_size + 4)
            + isstdcnt + isutcnt)


def _abbreviation(abbreviations, index):
    return abbreviations[index:abbreviations.index(b"\0", index)].decode()


def _dst_offsets(type_indices, raw_types):
    # TZif records only whether a type is DST, not by how much: a DST type's offset is measured against the
    # standard time next to it among the transitions (the one before, else the one after), one hour if none.
    dst_offsets = [0] * len(raw_types)
    for i, index in enumerate(type_indices):
        utoff, isdst, _ = raw_types[index]
        if not isdst or dst_offsets[index]:
            continue
        for neighbour in type_indices[max(i - 1, 0):i] + type_indices[i + 1:i + 2]:
            neighbour_utoff, neighbour_isdst, _ = raw_types[neighbour]
            if not neighbour_isdst and utoff != neighbour_utoff:
                dst_offsets[index] = utoff - neighbour_utoff
                break
    return [dst_offset or (3600 if isdst else 0) for dst_offset, (_, isdst, _) in zip(dst_offsets, raw_types)]


def _footer_rule(data, pos):
    end = data.find(b"\n", pos + 1)
    footer = data[pos + 1:end].decode() if data[pos:pos + 1] == b"\n" and end > pos else ""
    return PosixRule.parse(footer) if footer else None


# ---- the POSIX TZ string: std offset [dst [offset] ,start[/time],end[/time]] ----

_NAME = re.compile(r"<[A-Za-z0-9+-]+>|[A-Za-z]+")
_OFFSET = re.compile(r"[+-]?(\d{1,2})(?::\d{2}(?::\d{2})?)?(?![:\d])")
_RULE_DATE = re.compile(r",(J\d+|\d+|M\d+\.\d+\.\d+)")
_RULE_TIME = re.compile(r"/([^,]*)")
_VALID_RULE = re.compile(r"(?:J\d{1,3}|\d{1,3}|M\d{1,2}\.\d\.\d)(?:/[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?)?")


def _seconds(text):
    # [+-]hh[:mm[:ss]]
    sign = -1 if text.startswith("-") else 1
    fields = [int(field) for field in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (fields[0] * 3600 + fields[1] * 60 + fields[2])


class _TZStringReader:
    """Reads a TZ string left to right, failing with the message CPython gives for the part that is wrong."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, problem):
        raise ValueError(problem % (self.text.encode(),))

    def match(self, pattern):
        match = pattern.match(self.text, self.pos)
        if match:
            self.pos = match.end()
        return match

    def name(self, problem):
        match = self.match(_NAME)
        if match is None:
            self.fail(problem)
        return match.group().strip("<>")

    def offset(self, problem):
        # POSIX counts hours west of UTC: the UTC offset is the opposite.
        match = self.match(_OFFSET)
        if match is None or int(match[1]) > 24:
            self.fail(problem)
        return -_seconds(match.group())

    def rule(self):
        date = self.match(_RULE_DATE)
        if date is None:
            self.fail("Missing transition rules in TZ string: %r")
        time = self.match(_RULE_TIME) if self.text.startswith("/", self.pos) else None
        try:
            return _RuleDate(date[1], time and time[1])
        except ValueError:
            self.fail("Malformed transition rule in TZ string: %r")

    def at_end(self):
        return self.pos == len(self.text)


class _RuleDate:
    """A transition date of a TZ string (Jn, n or Mm.w.d) and its local time of day."""
    __slots__ = ("kind", "fields", "seconds")

    def __init__(self, text, time):
        if not _VALID_RULE.fullmatch(text if time is None else text + "/" + time):
            raise ValueError("malformed transition rule")
        self.kind = text[0] if text[0] in "JM" else ""
        self.fields = [int(field) for field in text.lstrip("JM").split(".")]
        self.seconds = 7200 if time is None else _seconds(time)
        if self.kind == "J":
            valid = 1 <= self.fields[0] <= 365
        elif self.kind == "M":
            month, week, weekday = self.fields
            valid = 1 <= month <= 12 and 1 <= week <= 5 and weekday <= 6
        else:
            valid = self.fields[0] <= 365
        if not valid or abs(self.seconds) >= 168 * 3600:
            raise ValueError("transition rule out of range")

    def local_seconds(self, year):
        """Seconds from the epoch, in local time, of this transition in year."""
        first = date(year, 1, 1).toordinal()
        # CPython 3.11 counts Jn, which skips February 29th, from it onwards in a leap year (J59 is then
        # February 29th), and takes day n, counted from 0, one day early: the model counts as it does.
        if self.kind == "J":
            day = self.fields[0]
            ordinal = first + day - 1 + (day >= 59 and date(year, 3, 1).toordinal() - first == 60)
        elif self.kind == "M":
            ordinal = _weekday_in_month(year, *self.fields)
        else:
            ordinal = first + self.fields[0] - 1
        return (ordinal - EPOCH_ORDINAL) * 86400 + self.seconds


def _weekday_in_month(year, month, week, weekday):
    # The week-th (5: last) weekday (0: Sunday) of month.
    first = date(year, month, 1).toordinal()
    next_month = date(year + month // 12, month % 12 + 1, 1).toordinal()
    ordinal = first + (weekday - (first % 7)) % 7 + 7 * (week - 1)  # ordinal % 7 == 0 on Sundays
    while ordinal >= next_month:
        ordinal -= 7
    return ordinal


class PosixRule:
    """Local time from a TZ string: standard time, or yearly DST between a start and an end date."""
    __slots__ = ("std", "dst", "start", "end", "dst_diff")

    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.start = start
        self.end = end
        self.dst_diff = dst.offset - std.offset if dst else 0

    @classmethod
    def parse(cls, text):
        reader = _TZStringReader(text)
        std_name = reader.name("Invalid STD format in %r")
        std = LocalTimeType(reader.offset("Invalid STD offset in %r"), 0, std_name)
        if reader.at_end():
            return cls(std, None, None, None)
        dst_name = reader.name("Invalid DST offset in %r")
        if reader.at_end():
            reader.fail("Invalid DST offset in %r")
        dst_offset = std.offset + 3600
        if not reader.text.startswith(",", reader.pos):
            dst_offset = reader.offset("Invalid DST offset in %r")
        dst = LocalTimeType(dst_offset, dst_offset - std.offset, dst_name)
        start, end = reader.rule(), reader.rule()
        if not reader.at_end():
            reader.fail("Extraneous characters at end of TZ string: %r")
        return cls(std, dst, start, end)

    def local(self, seconds, year, fold):
        """The type of a local time, seconds from the epoch; fold picks the side of a gap or repeat."""
        if self.dst is None:
            return self.std
        start, end = self.start.local_seconds(year), self.end.local_seconds(year)
        # The start is given in standard time, the end in DST. With fold=0 a gap takes the offset before it
        # and a repeated hour its first offset; fold=1 the other.
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        return self.dst if _in_dst(seconds, start, end) else self.std

    def from_utc(self, seconds, year):
        """The type of a UTC time, seconds from the epoch, and whether that local time is the repeat (fold)."""
        if self.dst is None:
            return self.std, 0
        start = self.start.local_seconds(year) - self.std.offset
        end = self.end.local_seconds(year) - self.dst.offset
        # The repeated local hour follows the end of positive DST, or the start of negative DST.
        repeat_start = end if self.dst_diff > 0 else start
        fold = repeat_start <= seconds < repeat_start + abs(self.dst_diff)
        return (self.dst if _in_dst(seconds, start, end) else self.std), int(fold)


def _in_dst(seconds, start, end):
    # In the southern hemisphere DST spans the new year: its end comes first.
    return start <= seconds < end if start < end else not end <= seconds < start
