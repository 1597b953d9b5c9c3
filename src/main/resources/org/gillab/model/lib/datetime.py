"""Dates, times and durations: the GIL Lab model's datetime module.

Written for the model (not copied) to behave as CPython 3.11's datetime does (Modules/_datetimemodule.c,
whose pure-Python twin is Lib/datetime.py): timedelta, date, time, datetime, tzinfo and timezone, with
the C module's messages, reprs and type names ('datetime.datetime' in error messages), the proleptic
Gregorian calendar over years 1..9999, arithmetic exact to the microsecond, and the machine's local
time zone taken from the time module. strptime parses with the model's _strptime (Java, as time.strptime).
"""

import time as _time
import math as _math
from _c_frames import hide_module as _hide_module
from operator import index as _index
from _typeobject import tp_name as _tp_name, set_tp_name as _set_tp_name

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---- the calendar: days are counted from 0001-01-01, ordinal 1, a Monday ----

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    year = n * 400 // 146097 + 1  # the mean Gregorian year, corrected below by at most one
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = min(12, (day_of_year + 30) // 31)
    while month < 12 and _days_before_month(year, month + 1) < day_of_year:
        month += 1
    return year, month, day_of_year - _days_before_month(year, month)


def _iso_week1_monday(year):
    """The ordinal of the Monday starting ISO week 1 of year: the week holding 4 January."""
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _check_int(value):
    # The C module's 'i' argument format: an object with __index__, else "... cannot be interpreted as an integer".
    return value if type(value) is int else _index(value)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _check_int(hour), _check_int(minute), _check_int(second)
    microsecond, fold = _check_int(microsecond), _check_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tp_name(type(tz)))


def _missing(name, position):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, position))


def _divide_nearest(a, b):
    """a / b rounded to the nearest int, halves to even (the C module's divide_nearest)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


def _round_half_away(x):
    """C's round(): to the nearest integer, halves away from zero."""
    whole = _math.floor(abs(x) + 0.5)
    return whole if x >= 0 else -whole


def _format_offset(delta, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] for a utcoffset (isoformat and %z), '' for None."""
    if delta is None:
        return ""
    sign = "+"
    if delta._days < 0:
        sign = "-"
        delta = -delta
    minutes, seconds = divmod(delta._days * 86400 + delta._seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or delta._microseconds:
        text += "%s%02d" % (sep, seconds)
        if delta._microseconds:
            text += ".%06d" % delta._microseconds
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _checked_offset(value, method):
    """A tzinfo method's result: None or a timedelta of magnitude under a day."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (method, _tp_name(type(value))))
    if not -_ONE_DAY < value < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return value


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tp_name(type(name)))
    return name


def _strftime(obj, fmt, timetuple):
    """strftime with %f, %z and %Z filled in from obj (the C module's wrap_strftime), then time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _tp_name(type(fmt)))
    if "%%" not in fmt:
        # Without %% every '%f' is a directive: str.replace (Java) is then exact, and much faster on the
        # model than a loop over the format's characters.
        if "%f" in fmt:
            fmt = fmt.replace("%f", "%06d" % getattr(obj, "microsecond", 0))
        if "%z" in fmt:
            fmt = fmt.replace("%z", _offset_directive(obj))
        if "%Z" in fmt:
            fmt = fmt.replace("%Z", _name_directive(obj))
        return _time.strftime(fmt, timetuple)
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            parts.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == "f":
            parts.append("%06d" % getattr(obj, "microsecond", 0))
        elif code == "z":
            parts.append(_offset_directive(obj))
        elif code == "Z":
            parts.append(_name_directive(obj))
        else:
            parts.append("%" + code)
    return _time.strftime("".join(parts), timetuple)


def _offset_directive(obj):
    """%z: the utcoffset as +HHMM[SS[.ffffff]], '' for a date or a naive object."""
    return _format_offset(obj.utcoffset(), "") if hasattr(obj, "utcoffset") else ""


def _name_directive(obj):
    """%Z: the tzname, its '%' doubled for time.strftime, '' for a date or a naive object."""
    name = obj.tzname() if hasattr(obj, "tzname") else None
    return "" if name is None else name.replace("%", "%%")


def _format_spec(obj, spec):
    if not isinstance(spec, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _tp_name(type(spec)))
    return obj.strftime(spec) if spec else str(obj)


def _compare_error(a, b):
    raise TypeError("can't compare %s to %s" % (_tp_name(type(a)), _tp_name(type(b))))


def _compare_in_utc(a, b, equality, kind):
    """Compares two times or two datetimes: by their fields when they share a tzinfo, else after
    subtracting their UTC offsets; a naive and an aware one are never equal and cannot be ordered."""
    mine = theirs = None
    if a._tzinfo is not b._tzinfo:
        mine = a.utcoffset()
        theirs = b.utcoffset()
        if (mine is None) != (theirs is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware " + kind)
    x = a._us() - (mine._us() if mine is not None else 0)
    y = b._us() - (theirs._us() if theirs is not None else 0)
    return 0 if x == y else (-1 if x < y else 1)


def _ordered_by_compare(cls):
    """Gives cls the six rich comparisons over cls._compare(other, equality), as _datetime's C
    richcompare functions derive all six from one comparison: _compare returns -1, 0 or 1, 2 for
    "never equal" (an equality test across kinds that cannot be ordered), or None for NotImplemented."""

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    for method in (__eq__, __ne__, __lt__, __le__, __gt__, __ge__):
        method.__qualname__ = cls.__name__ + "." + method.__name__
        setattr(cls, method.__name__, method)
    return cls


# ---- timedelta ----

@_ordered_by_compare
class timedelta:
    """Difference between two datetime values: days, seconds and microseconds, normalised."""
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Each component adds exactly; floats' fractions of a microsecond are summed apart, then rounded
        # half to even, in the C module's order of components.
        total = 0
        leftover = 0.0
        for value, factor, name in ((microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                    (seconds, _US_PER_SECOND, "seconds"), (minutes, 60 * _US_PER_SECOND, "minutes"),
                                    (hours, 3600 * _US_PER_SECOND, "hours"), (days, _US_PER_DAY, "days"),
                                    (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                whole = int(value)
                total += whole * factor
                scaled = (value - whole) * factor
                if scaled:
                    whole_us = int(scaled)
                    total += whole_us
                    leftover += scaled - whole_us
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, _tp_name(type(value))))
        if leftover:
            rounded = _round_half_away(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = total & 1
                rounded = 2 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(rounded)
        return _delta(total, cls)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10 ** 6

    def __repr__(self):
        fields = []
        if self._days:
            fields.append("days=%d" % self._days)
        if self._seconds:
            fields.append("seconds=%d" % self._seconds)
        if self._microseconds:
            fields.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tp_name(type(self)), ", ".join(fields) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return _delta(-self._us())

    def __pos__(self):
        return _delta(self._us())

    def __abs__(self):
        return _delta(abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta(self._us() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _delta(_divide_nearest(self._us() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _delta(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            if numerator == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta(_divide_nearest(self._us() * denominator, numerator))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _delta(r)
        return NotImplemented

    def _compare(self, other, equality):
        if isinstance(other, timedelta):
            a, b = self._us(), other._us()
            return 0 if a == b else (-1 if a < b else 1)
        return None

    def __hash__(self):
        # The C module hashes the (days, seconds, microseconds) state tuple.
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


def _delta(us, cls=timedelta):
    """A timedelta of us microseconds, OverflowError beyond +-999999999 days."""
    days, rest = divmod(us, _US_PER_DAY)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2 ** 31 <= days < 2 ** 31:
            raise OverflowError("Python int too large to convert to C int")  # the C module's days are a C int
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    seconds, microseconds = divmod(rest, _US_PER_SECOND)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


timedelta.min = _delta(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta(1)
_ONE_DAY = _delta(_US_PER_DAY)
_ZERO = _delta(0)


# ---- date ----

@_ordered_by_compare
class date:
    """date(year, month, day) --> date object"""
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=None, month=None, day=None):
        if year is None:
            _missing("year", 1)
        if month is None:
            _missing("month", 2)
        if day is None:
            _missing("day", 3)
        return _new_date(cls, *_check_date_fields(year, month, day))

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp, in local time."""
        y, m, d = _time.localtime(_seconds_of(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (day 1 is 1 Jan of year 1)."""
        n = _check_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % (MAXYEAR + 1))
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(text) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*_parse_iso_date(text, text))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_iso_to_ymd(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tp_name(type(self)), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, spec):
        return _format_spec(self, spec)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date. Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date. Monday == 1 ... Sunday == 7"""
        return self.weekday() + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        ordinal = self.toordinal()
        week1 = _iso_week1_monday(year)
        if ordinal < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(ordinal - week1, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _compare(self, other, equality):
        # date and datetime never order against each other, and are never equal.
        if isinstance(other, date) and isinstance(self, datetime) == isinstance(other, datetime):
            a = (self._year, self._month, self._day)
            b = (other._year, other._month, other._day)
            return 0 if a == b else (-1 if a < b else 1)
        if isinstance(other, datetime):
            if equality:
                return 2
            _compare_error(other, self)
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other._days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return _date(type(self), *_ordinal_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _date(cls, year, month, day):
    """A date of checked fields; a subclass is made through its constructor, as the C module does."""
    return _new_date(date, year, month, day) if cls is date else cls(year, month, day)


def _new_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


date.min = _date(date, 1, 1, 1)
date.max = _date(date, 9999, 12, 31)
date.resolution = _ONE_DAY


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_tp_name(type(self)), *self)

    def __reduce__(self):
        return tuple, (tuple(self),)


def _iso_to_ymd(year, week, day):
    year, week, day = _check_int(year), _check_int(week), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        if not (week == 53 and _iso_week1_monday(year + 1) - _iso_week1_monday(year) == 53 * 7):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ---- tzinfo and timezone ----

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _checked_offset(self.utcoffset(dt), "utcoffset")
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _checked_offset(self.dst(dt), "dst")
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += offset - dst
        dst = _checked_offset(dt.dst(), "dst")
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        args = getattr(self, "__getinitargs__", lambda: ())()
        state = getattr(self, "__getstate__", lambda: getattr(self, "__dict__", None))()
        return type(self), args, state


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _tp_name(type(offset)))
        if name is None:
            if not offset and cls is timezone:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _tp_name(type(name)))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return _timezone(cls, offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        prefix = _tp_name(type(self))
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (prefix, self._offset)
        return "%s(%r, %r)" % (prefix, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, _tp_name(type(dt))))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        return type(self), self.__getinitargs__()


def _timezone(cls, offset, name):
    self = tzinfo.__new__(cls)
    self._offset = offset
    self._name = name
    return self


timezone.utc = UTC = _timezone(timezone, _ZERO, None)
timezone.min = _timezone(timezone, -_delta(_US_PER_DAY - 60 * _US_PER_SECOND), None)
timezone.max = _timezone(timezone, _delta(_US_PER_DAY - 60 * _US_PER_SECOND), None)


# ---- time ----

@_ordered_by_compare
class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _time_of(cls, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def fromisoformat(cls, text):
        """Construct a time from a string in ISO 8601 format."""
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        body = text[1:] if text[:1] == "T" else text
        hour, minute, second, microsecond, tz = _parse_iso_time(body, text)
        return cls(hour, minute, second, microsecond, tz)

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(None)."""
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(None), "utcoffset")

    def dst(self):
        """Return self.tzinfo.dst(None)."""
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(None), "dst")

    def tzname(self):
        """Return self.tzinfo.tzname(None)."""
        return _call_tzname(self._tzinfo, None)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, equality):
        if not isinstance(other, time):
            return None
        return _compare_in_utc(self, other, equality, "times")

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(_delta(self._us()) - offset)
        return self._hashcode

    def __bool__(self):
        return True

    def __repr__(self):
        if self._microsecond:
            fields = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            fields = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            fields = "%d, %d" % (self._hour, self._minute)
        return "%s(%s%s)" % (_tp_name(type(self)), fields,
                               _extra_repr(self._tzinfo, self._fold))

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second,
                                                          0, 1, -1)))

    def __format__(self, spec):
        return _format_spec(self, spec)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


def _time_of(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _extra_repr(tz, fold):
    return ("" if tz is None else ", tzinfo=%r" % (tz,)) + (", fold=1" if fold else "")


time.min = _time_of(time, 0, 0, 0, 0, None, 0)
time.max = _time_of(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---- datetime ----

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if year is None:
            _missing("year", 1)
        if month is None:
            _missing("month", 2)
        if day is None:
            _missing("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        return cls._from_seconds(t, tz is None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_seconds(t, False, None)

    @classmethod
    def _from_seconds(cls, t, local, tz):
        seconds, us = _seconds_of(t)
        fields = _time.localtime(seconds) if local else _time.gmtime(seconds)
        y, m, d, hh, mm, ss = fields[:6]
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        return result if tz is None else tz.fromutc(result)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _tp_name(type(date)))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _tp_name(type(time)))
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        """Construct a datetime from a string in ISO 8601 format."""
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(text) < 7:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        end = _iso_date_length(text)
        y, m, d = _parse_iso_date(text[:end], text)
        hour = minute = second = microsecond = 0
        tz = None
        if len(text) > end:
            if len(text) == end + 1:
                raise ValueError("Invalid isoformat string: %r" % (text,))
            hour, minute, second, microsecond, tz = _parse_iso_time(text[end + 1:], text)
        return cls(y, m, d, hour, minute, second, microsecond, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        fields, fraction, offset_fraction = _strptime._strptime(date_string, format)
        tz = None
        offset = fields[-1]
        if offset is not None:
            delta = timedelta(seconds=offset, microseconds=offset_fraction)
            tz = timezone(delta) if fields[-2] is None else timezone(delta, fields[-2])
        return cls(*fields[:6], fraction, tz)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, isdst))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        dt = self if offset is None else self - offset
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, dt.weekday(),
                                  _days_before_month(dt._year, dt._month) + dt._day, 0))

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            seconds = _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute, self._second)
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        """Return date object with same year, month and day."""
        return _date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_of(time, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_of(time, self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = _local_timezone(self, self.utcoffset() is None)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % _tp_name(type(tz)))
        source = self._tzinfo
        offset = None if source is None else self.utcoffset()
        if offset is None:  # naive: the local time zone's
            source = _local_timezone(self, True)
            offset = source.utcoffset(self)
        if tz is source:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % _tp_name(type(sep)))
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        return "%s(%s%s)" % (_tp_name(type(self)), ", ".join(map(str, fields)),
                               _extra_repr(self._tzinfo, self._fold))

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(self), "utcoffset")

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(self), "dst")

    def _us(self):
        """Microseconds since 0001-01-01 00:00 of the wall-clock fields."""
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND
                + self._microsecond)

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return 2
                _compare_error(self, other)
            return None
        return _compare_in_utc(self, other, equality, "datetimes")

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            if offset is None:
                self._hashcode = hash((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                self._hashcode = hash(_delta(self._us()) - offset)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        if not _US_PER_DAY <= us < (_MAX_ORDINAL + 1) * _US_PER_DAY:
            raise OverflowError("date value out of range")
        days, rest = divmod(us, _US_PER_DAY)
        seconds, microsecond = divmod(rest, _US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return _datetime(type(self), *_ordinal_to_ymd(days), hour, minute, second, microsecond, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine = theirs = None
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        result = _delta(self._us() - other._us())
        if mine is not None:
            result = result + (theirs - mine)
        return result

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo)


_date_class = date
_time_class = time


def _datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    """A datetime of checked fields; a subclass is made through its constructor, as the C module does."""
    if cls is not datetime:
        return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
    return _new_datetime(datetime, year, month, day, hour, minute, second, microsecond, tz, fold)


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


datetime.min = _datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution
_EPOCH = _datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0)


# ---- the local time zone, through the time module ----

def _seconds_of(t):
    """A timestamp split into whole seconds and microseconds, rounded half to even (as the C module does)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not abs(t) < 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        seconds = int(whole)
        if us >= _US_PER_SECOND:
            seconds += 1
            us -= _US_PER_SECOND
        elif us < 0:
            seconds -= 1
            us += _US_PER_SECOND
        return seconds, us
    return _check_int(t), 0


def _local_to_seconds(year, month, day, hour, minute, second):
    """Seconds since the epoch of a local wall-clock time (time.mktime, for a year mktime may not take)."""
    days = _ymd_to_ordinal(year, month, day) - _EPOCH_ORDINAL
    guess = days * 86400 + (hour * 60 + minute) * 60 + second
    return guess - _local_offset(guess)


def _local_offset(seconds):
    """The local zone's offset east of UTC, in seconds, at a time since the epoch."""
    return _time.localtime(seconds).tm_gmtoff


def _local_timezone(dt, naive):
    """The local zone at dt (a local time if naive) as a fixed timezone, named as time.localtime names it."""
    if naive:
        seconds = _local_to_seconds(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second)
    else:
        seconds = (dt - _EPOCH) // timedelta(seconds=1)
    local = _time.localtime(seconds)
    return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)


_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)


# ---- ISO 8601 text (the forms 3.11's fromisoformat reads) ----

def _iso_date_length(text):
    """How many characters of a datetime string its date takes: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    if text[4:5] == "-":
        if text[5:6] == "W":
            return 10 if text[8:9] == "-" else 8
        return 10
    if text[4:5] == "W":
        return 8 if text[7:8].isdigit() else 7
    return 8


def _digits(text, start, count, whole):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError("Invalid isoformat string: %r" % (whole,))
    return int(part)


def _parse_iso_date(text, whole):
    year = _digits(text, 0, 4, whole)
    extended = text[4:5] == "-"
    pos = 5 if extended else 4
    if text[pos:pos + 1] == "W":
        week = _digits(text, pos + 1, 2, whole)
        pos += 3
        day = 1
        if pos < len(text):
            if extended:
                if text[pos] != "-":
                    raise ValueError("Invalid isoformat string: %r" % (whole,))
                pos += 1
            day = _digits(text, pos, 1, whole)
            pos += 1
        if pos != len(text):
            raise ValueError("Invalid isoformat string: %r" % (whole,))
        return _iso_to_ymd(year, week, day)
    month = _digits(text, pos, 2, whole)
    pos += 2
    if extended:
        if text[pos:pos + 1] != "-":
            raise ValueError("Invalid isoformat string: %r" % (whole,))
        pos += 1
    day = _digits(text, pos, 2, whole)
    if pos + 2 != len(text):
        raise ValueError("Invalid isoformat string: %r" % (whole,))
    return year, month, day


def _parse_iso_clock(text, whole):
    """HH[:MM[:SS[.f...]]] or HH[MM[SS[.f...]]] -> (hour, minute, second, microsecond)."""
    fields = [0, 0, 0]
    extended = text[2:3] == ":"
    pos = 0
    for i in range(3):
        fields[i] = _digits(text, pos, 2, whole)
        pos += 2
        if pos == len(text) or text[pos] in ".,":
            break
        if i == 2:
            raise ValueError("Invalid isoformat string: %r" % (whole,))
        if extended:
            if text[pos] != ":":
                raise ValueError("Invalid isoformat string: %r" % (whole,))
            pos += 1
    microsecond = 0
    if pos < len(text):
        if i != 2:
            raise ValueError("Invalid isoformat string: %r" % (whole,))
        digits = text[pos + 1:]
        if not digits or not digits.isdigit() or not digits.isascii():
            raise ValueError("Invalid isoformat string: %r" % (whole,))
        microsecond = int(digits[:6].ljust(6, "0"))
    return fields[0], fields[1], fields[2], microsecond


def _parse_iso_time(text, whole):
    """A time with an optional Z or +-HH[:MM[:SS[.ffffff]]] offset -> (h, m, s, us, tzinfo or None)."""
    cut = len(text)
    for i, ch in enumerate(text):
        if ch in "+-Z":
            cut = i
            break
    if cut < 2:
        raise ValueError("Invalid isoformat string: %r" % (whole,))
    hour, minute, second, microsecond = _parse_iso_clock(text[:cut], whole)
    tz = None
    if cut < len(text):
        zone = text[cut:]
        if zone == "Z":
            tz = timezone.utc
        else:
            oh, om, osec, ous = _parse_iso_clock(zone[1:], whole)
            offset = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            tz = timezone(-offset if zone[0] == "-" else offset)
    return hour, minute, second, microsecond, tz


# The C module's classes are static types whose tp_name, 'datetime.date' and so on, names them in messages
# and reprs (a subclass shows its own name), while their __name__ and __qualname__ are 'date'.
_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = "IsoCalendarDate"
for _cls in (timedelta, date, tzinfo, timezone, time, datetime, _IsoCalendarDate):
    _set_tp_name(_cls, "datetime." + _cls.__name__)
del _cls, _set_tp_name
_hide_module(globals())  # C in CPython: a traceback through datetime shows none of its frames
