# calendar: month/prmonth/calendar/prcal text with widths and line spacing, TextCalendar and
# HTMLCalendar output, firstweekday, monthrange, monthcalendar, the itermonth* generators, weekday,
# isleap, leapdays, timegm, the name tables and the errors' messages.
import calendar
import time


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, e.args)


print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 4, 2))
calendar.prmonth(1999, 12)
calendar.prmonth(2000, 1, w=3)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 2, 4))
calendar.prcal(1900, m=6, c=1)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 3))
t("firstweekday", calendar.firstweekday)
t("weekheader", lambda: [calendar.weekheader(n) for n in (1, 2, 3, 9, 10)])
t("monthcalendar", lambda: calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(calendar.MONDAY)
t("setfirstweekday bad", lambda: calendar.setfirstweekday(7))
t("monthrange", lambda: [calendar.monthrange(y, m) for y, m in ((2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12))])
t("monthrange bad", lambda: calendar.monthrange(2024, 13))
t("monthrange zero", lambda: calendar.monthrange(2024, 0))
t("weekday", lambda: [calendar.weekday(2024, 1, 1), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1),
                      calendar.weekday(-5, 3, 1)])
t("weekday bad", lambda: calendar.weekday(2024, 2, 30))
t("isleap", lambda: [calendar.isleap(y) for y in (1900, 2000, 2023, 2024)])
t("leapdays", lambda: [calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(2000, 2001)])
t("timegm", lambda: [calendar.timegm((2024, 3, 15, 12, 30, 45)), calendar.timegm(time.gmtime(1700000000)),
                     calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0))])
t("names", lambda: (list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name),
                    calendar.month_abbr[1:4], calendar.day_name[-1], len(calendar.month_name), len(calendar.day_abbr)))
t("name index", lambda: calendar.day_name[7])
t("constants", lambda: (calendar.MONDAY, calendar.SUNDAY, calendar.EPOCH, calendar.mdays, calendar.error,
                        calendar.January, calendar.February))
t("errors", lambda: (issubclass(calendar.IllegalMonthError, ValueError), calendar.IllegalMonthError(0).month,
                     str(calendar.IllegalWeekdayError(-1)), calendar.IllegalWeekdayError(-1).args))

cal = calendar.Calendar(firstweekday=6)
t("iterweekdays", lambda: list(cal.iterweekdays()))
t("itermonthdays", lambda: list(cal.itermonthdays(2024, 2)))
t("itermonthdays2", lambda: list(cal.itermonthdays2(2024, 2))[:9])
t("itermonthdays3", lambda: list(cal.itermonthdays3(2023, 12))[-8:])
t("itermonthdays4", lambda: list(cal.itermonthdays4(2024, 1))[:5])
t("itermonthdates", lambda: list(cal.itermonthdates(2024, 1))[:3])
t("monthdatescalendar", lambda: cal.monthdatescalendar(2024, 2)[0])
t("monthdays2calendar", lambda: cal.monthdays2calendar(2024, 2)[-1])
t("yeardayscalendar", lambda: [len(row) for row in cal.yeardayscalendar(2024, 5)])
t("yeardays2calendar", lambda: cal.yeardays2calendar(2024, 4)[2][3][-1])
t("yeardatescalendar", lambda: cal.yeardatescalendar(2024)[0][0][0])
t("itermonthdates edge", lambda: list(calendar.Calendar().itermonthdates(1, 1))[:2])
t("firstweekday mod", lambda: (calendar.Calendar(8).firstweekday, list(calendar.Calendar(-1).iterweekdays())))

tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2024, 7, 3, 1))
tc.prweek(tc.monthdays2calendar(2024, 7)[1], 4)
t("formatday", lambda: (tc.formatday(0, 0, 3), tc.formatday(5, 0, 4), tc.formatweekday(2, 12), tc.formatmonthname(2024, 5, 20),
                        tc.formatmonthname(2024, 5, 20, False)))
t("formatstring", lambda: calendar.formatstring(["a", "bb", "ccc"], 5, 2))
calendar.format(["x", "y"], 3, 1)
print(tc.formatyear(2025, 2, 1, 3, 2))
tc.pryear(2024, 0, 0, 6, 12)

hc = calendar.HTMLCalendar(calendar.SUNDAY)
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(hc.formatyear(2024, 5))
print(hc.formatyearpage(2024, 4))
print(hc.formatyearpage(2024, css=None, encoding="ascii")[:300])


class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "blank"
    cssclass_month = "m"


print(Custom().formatmonth(2024, 9))
