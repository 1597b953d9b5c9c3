"""calendar: month and year calendars as text and HTML, as CPython 3.11's module gives them.

Mirrors CPython 3.11's Lib/calendar.py; written for GIL Lab from CPython's documentation and
experiments, not copied. Day and month names are the English ones (CPython's in the C locale);
LocaleTextCalendar, LocaleHTMLCalendar and the command line are not provided (the model has no locale
module).
"""

import datetime
import sys
from itertools import cycle, repeat, starmap

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday", "isleap", "leapdays",
           "weekday", "monthrange", "monthcalendar", "prmonth", "month", "prcal", "calendar", "timegm",
           "month_name", "month_abbr", "day_name", "day_abbr", "Calendar", "TextCalendar", "HTMLCalendar",
           "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January, February = 1, 2

# Days per month in a common year; index 0 is unused so that January is 1.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

error = ValueError  # the module's old name for its errors' base


class IllegalMonthError(ValueError):
    """A month number outside 1..12; the number is kept as .month."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6; the number is kept as .weekday."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"

EPOCH = 1970
_EPOCH_DAY = datetime.date(EPOCH, 1, 1).toordinal()  # proleptic Gregorian ordinal of 1970-01-01


class _NameTable:
    """A read-only sequence of names indexed as CPython's day_name and month_name are (slices give lists)."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


class _localized_day(_NameTable):
    """day_name and day_abbr: Monday is 0."""


class _localized_month(_NameTable):
    """month_name and month_abbr: January is 1, index 0 is the empty string."""


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]

day_name = _localized_day(_DAYS)
day_abbr = _localized_day([name[:3] for name in _DAYS])
month_name = _localized_month(_MONTHS)
month_abbr = _localized_month([name[:3] for name in _MONTHS])


def isleap(year):
    """True for leap years (Gregorian rules)."""
    # every fourth year, except centuries other than every fourth one
    return year % 400 == 0 if year % 100 == 0 else year % 4 == 0


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The day of the week (0 is Monday); a year outside datetime's range counts as the year with the same
    place in the 400-year cycle."""
    in_range = datetime.MINYEAR <= year <= datetime.MAXYEAR
    # the Gregorian calendar repeats every 400 years, so a year 2000 + (year mod 400) stands in for it
    return datetime.date(year if in_range else 2000 + year % 400, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return 29 if month == February and isleap(year) else mdays[month]


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _at_least(value, least):
    # TextCalendar's sizes: a day is at least 2 wide, a week 1 line high, months 2 spaces apart
    return max(least, value)


def _month_width(day_width):
    """A text month's width: seven days with a space between each."""
    return 7 * (day_width + 1) - 1


def _show(text):
    # the pr... methods print their text as it is: it already ends with its line breaks
    print(text, end='')


def _rows(items, width):
    return [items[i:i + width] for i in range(0, len(items), width)]


class Calendar:
    """Lays out the weeks of a month, weeks starting on firstweekday (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        """Stored unchecked, as CPython does; reading it back reduces it modulo 7."""
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The weekday numbers of one week, in this calendar's order."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        """(days shown from the month before, days in the month, days shown from the month after)."""
        starts_on, ndays = monthrange(year, month)
        return (starts_on - self.firstweekday) % 7, ndays, (self.firstweekday - starts_on - ndays) % 7

    def itermonthdates(self, year, month):
        """The datetime.date of every day of the month's whole weeks."""
        yield from starmap(datetime.date, self.itermonthdays3(year, month))

    def itermonthdays(self, year, month):
        """The day numbers of the month's whole weeks, 0 for days outside it."""
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs, as itermonthdays."""
        yield from zip(self.itermonthdays(year, month), cycle(self.iterweekdays()))

    def itermonthdays3(self, year, month):
        """(year, month, day) of every day of the month's whole weeks, neighbours' days included."""
        before, ndays, after = self._padding(year, month)
        previous, following = _prevmonth(year, month), _nextmonth(year, month)
        last_of_previous = _monthlen(*previous)
        # (year, month) and the days of it shown: the end of the month before, this month, the start of the next
        spans = ((previous, range(last_of_previous - before + 1, last_of_previous + 1)),
                 ((year, month), range(1, ndays + 1)),
                 (following, range(1, after + 1)))
        for (y, m), days in spans:
            for d in days:
                yield y, m, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday), as itermonthdays3."""
        for date, wd in zip(self.itermonthdays3(year, month), cycle(self.iterweekdays())):
            yield date + (wd,)

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The year's months as monthdatescalendar gives them, in rows of width months."""
        return _rows([self.monthdatescalendar(year, m) for m in range(January, January + 12)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(January, January + 12)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(January, January + 12)], width)


class TextCalendar(Calendar):
    """Calendars as plain text: days w characters wide, l lines per week, c spaces between months."""

    def prweek(self, theweek, width):
        _show(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        """A weekday's name cut to width (the full name from width 9)."""
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(wd, width) for wd in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = f"{month_name[themonth]} {theyear!r}" if withyear else month_name[themonth]
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        _show(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w, l = _at_least(w, 2), _at_least(l, 1)
        lines = [self.formatmonthname(theyear, themonth, _month_width(w)), self.formatweekheader(w)]
        lines.extend(self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth))
        return ''.join(line.rstrip() + '\n' * l for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The year's months side by side, m to a row; every line is stripped of trailing spaces."""
        w, l, c = _at_least(w, 2), _at_least(l, 1), _at_least(c, 2)
        colwidth = _month_width(w)
        gap = '\n' * l
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        week_header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            parts.append(gap)
            parts += [formatstring((self.formatmonthname(theyear, k, colwidth, False) for k in months),
                                   colwidth, c).rstrip(), gap]
            parts += [formatstring((week_header for k in months), colwidth, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                parts += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        _show(self.formatyear(theyear, w, l, c, m))


class HTMLCalendar(Calendar):
    """Calendars as HTML tables; the CSS class attributes may be overridden."""

    # a day's cell and its column head are classed by weekday; padding days have a class of their own
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    # the month table and its title row
    cssclass_month = "month"
    cssclass_month_head = "month"
    # the year table and its title row
    cssclass_year = "year"
    cssclass_year_head = "year"

    def formatday(self, day, weekday):
        if day:
            css, text = self.cssclasses[weekday], '%d' % day
        else:
            css, text = self.cssclass_noday, '&nbsp;'  # a padding day outside the month
        return f'<td class="{css}">{text}</td>'

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for (d, wd) in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        s = '%s %s' % (month_name[themonth], theyear) if withyear else '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear), self.formatweekheader()]
        rows.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        """The year as a table of months, width to a row (no line breaks between rows)."""
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for i in range(January, January + 12, width):
            parts.append('<tr>')
            for m in range(i, min(i + width, 13)):
                parts += ['<td>', self.formatmonth(theyear, m, withyear=False), '</td>']
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A whole XHTML page for the year, as bytes in encoding (default: sys.getdefaultencoding())."""
        encoding = sys.getdefaultencoding() if encoding is None else encoding
        lines = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                 '<html>', '<head>',
                 '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding]
        if css is not None:
            lines.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        lines += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>']
        page = ''.join(line + '\n' for line in lines) + self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, "xmlcharrefreplace")


# ---- the module-level functions: one shared TextCalendar ----

c = TextCalendar()

# what the functions return as text, and (pr...) what they print
week, weekheader, month, calendar = c.formatweek, c.formatweekheader, c.formatmonth, c.formatyear
prweek, prmonth, prcal = c.prweek, c.prmonth, c.pryear
monthcalendar, firstweekday = c.monthdayscalendar, c.getfirstweekday


def setfirstweekday(firstweekday):
    """Unlike Calendar.firstweekday, the module's setting is checked to be a weekday number."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday

# Spacing of month columns for multi-column year calendars
_colwidth = 7 * 3 - 1         # Amount printed by prweek()
_spacing = 6                  # Number of spaces between columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints the columns, each centred in colwidth, spacing spaces apart."""
    _show(formatstring(cols, colwidth, spacing) + '\n')


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The columns, each centred in colwidth, spacing spaces apart."""
    return (spacing * ' ').join(col.center(colwidth) for col in cols)


def timegm(tuple):
    """The POSIX timestamp of a UTC time tuple (the inverse of time.gmtime)."""
    (year, month, day), (hour, minute, second) = tuple[:3], tuple[3:6]
    # day may overflow its month (as time.gmtime's inverse allows): count from the month's first day
    days = datetime.date(year, month, 1).toordinal() + day - 1 - _EPOCH_DAY
    return ((days * 24 + hour) * 60 + minute) * 60 + second
