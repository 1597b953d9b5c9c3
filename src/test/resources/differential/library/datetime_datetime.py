# datetime: construction, str/repr, isoformat with timespec, strftime's directives, arithmetic with
# timedelta, comparisons, hashing, replace, date()/time()/combine, strptime and fromisoformat
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2023, 7, 4, 15, 6, 9, 12345)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.fold)
for x in [datetime(2020, 1, 1), datetime(2020, 1, 1, 5), datetime(2020, 1, 1, 5, 6, 7), datetime(2020, 1, 1, 0, 0, 0, 1)]:
    print(str(x), repr(x))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), datetime(2020, 1, 1).isoformat(' ', spec))
print(dt.isoformat(), dt.isoformat('_'), datetime.min, datetime.max, datetime.resolution)
print(dt.strftime('%Y %m %d %H %M %S %f %a %A %b %B %j %p %I %y [%z] [%Z] %%'))
print(datetime(2023, 1, 1, 0, 5).strftime('%I %p'), datetime(2023, 1, 1, 12, 5).strftime('%I:%M %p'))
print(dt.strftime('%c | %x | %X | %D | %e | %T | %G-W%V-%u'), dt.strftime(''), dt.strftime('no directives'))
print(dt.strftime('%H:%M:%S.%f'), f'{dt:%Y/%m/%d}', format(dt), '{:%H}'.format(dt))
print(dt.ctime(), dt.timetuple(), dt.weekday(), dt.isocalendar())
print(dt + timedelta(days=30, hours=10), dt - timedelta(microseconds=12346), timedelta(seconds=1) + dt)
print(dt - datetime(2023, 1, 1), datetime(2023, 1, 1) - dt, dt - dt)
print(datetime(2020, 2, 28, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2021, 3, 1) - timedelta(days=1), datetime(2000, 12, 31, 23) + timedelta(hours=1))
later = dt + timedelta(seconds=1)
print(dt < later, dt > later, dt == dt.replace(), dt != later, later >= dt, dt <= dt)
print(dt == dt.date(), dt != dt.date(), dt == 'x')
print(sorted([later, dt, datetime(2000, 1, 1)]))
print(hash(dt) == hash(datetime(2023, 7, 4, 15, 6, 9, 12345)), len({dt, later, dt.replace()}))
print(dt.replace(year=2024, microsecond=0), repr(dt.replace(hour=0, minute=0, second=0, microsecond=0)))
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30))))
print(repr(datetime.combine(dt.date(), dt.time(), timezone.utc)))
for text, fmt in [('2023-07-04 15:06:09', '%Y-%m-%d %H:%M:%S'), ('04/07/23 3:06 PM', '%d/%m/%y %I:%M %p'),
                  ('Tue, 04 Jul 2023 15:06:09', '%a, %d %b %Y %H:%M:%S'), ('2023-07-04T15:06:09.5', '%Y-%m-%dT%H:%M:%S.%f'),
                  ('July 4 2023', '%B %d %Y'), ('2023 185', '%Y %j'), ('12:00:00.000123', '%H:%M:%S.%f'),
                  ('2023-07-04 15:06 +0200', '%Y-%m-%d %H:%M %z'), ('2023-07-04 15:06 -03:30', '%Y-%m-%d %H:%M %z'),
                  ('2023-07-04 15:06 Z', '%Y-%m-%d %H:%M %z'), ('2023-07-04 UTC', '%Y-%m-%d %Z')]:
    print(repr(datetime.strptime(text, fmt)))
for text in ['2023-07-04', '2023-07-04T15', '2023-07-04T15:06', '2023-07-04 15:06:09', '2023-07-04T15:06:09.123',
             '2023-07-04T15:06:09.1234567', '2023-07-04T15:06:09,5', '20230704T150609', '2023-07-04T15:06:09Z',
             '2023-07-04T15:06:09+05:30', '2023-07-04T15:06:09-0800', '2023-W27-2T10:00', '2023-07-04T15:06:09.000001+00:00']:
    print(text, repr(datetime.fromisoformat(text)))
print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(str(dt)) == dt)
print(datetime(2023, 7, 4, 15, 6, 9).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp())
print(repr(datetime.fromtimestamp(1688483169.5, timezone.utc)), repr(datetime.utcfromtimestamp(0)))
print(repr(datetime.utcfromtimestamp(-1.5)), repr(datetime.utcfromtimestamp(1e9 + 0.0000005)))
print(repr(datetime.fromtimestamp(0)), datetime.fromtimestamp(1688483169).isoformat())


class Stamp(datetime):
    pass


s = Stamp(2020, 1, 1, 12)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, s - datetime(2020, 1, 1))
for year in (1, 5, 99, 999, 1000):
    print(datetime(year, 3, 1, 7).strftime('%C|%Y|%y|%G|%F|%I%p'), datetime(year, 3, 1).isoformat(), date(year, 1, 1).ctime())
