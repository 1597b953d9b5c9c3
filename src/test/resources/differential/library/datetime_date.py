# date: construction, ordinals, weekdays, the ISO calendar, formatting, arithmetic and comparisons
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.isoformat(), d.ctime(), d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(d.timetuple())
for y, m, dd in [(1, 1, 1), (1999, 12, 31), (2000, 1, 1), (2004, 12, 31), (2005, 1, 1), (2008, 12, 29),
                 (2010, 1, 3), (2020, 12, 31), (2021, 1, 3), (9999, 12, 31), (1900, 3, 1), (2100, 2, 28)]:
    x = date(y, m, dd)
    o = x.toordinal()
    print(x, o, date.fromordinal(o) == x, x.weekday(), x.isocalendar(),
          date.fromisocalendar(*x.isocalendar()) == x)
print(date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059))
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=10) + d)
print(d + timedelta(hours=47), d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d.replace(day=1), d.replace(year=2023, day=28), d.replace())
print(d.strftime('%Y-%m-%d %a %A %b %B %j %y %U %W %w %H:%M:%S %f [%z] [%Z] %%'))
print(f'{d:%d/%m/%Y}', format(d, ''), '{}'.format(d))
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2025, 1, 1))
print(d == '2024-02-29', d != 1)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 31)]))
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29), date(2024, 3, 1)}))
for text in ['2024-02-29', '20240229', '2024-W09-4', '2024W094', '2024-W09', '2024W09']:
    print(text, repr(date.fromisoformat(text)))
print(date.fromtimestamp(86400 * 365), date.fromtimestamp(0))
print(type(date.today()) is date, date.today() == date.fromtimestamp(__import__('time').time()))
print(date.__qualname__, date.__module__, datetime.date is date, repr(date), repr(datetime.timedelta))


class Birthday(date):
    def greeting(self):
        return 'born on a ' + self.strftime('%A')


b = Birthday(1990, 7, 14)
print(repr(b), b.greeting(), type(b + timedelta(days=1)).__name__, type(b.replace(day=1)).__name__)
print(isinstance(b, date), b - date(1990, 1, 1))
