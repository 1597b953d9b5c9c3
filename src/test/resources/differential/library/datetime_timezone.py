# timezone: utc and fixed offsets (names, str, repr, equality), aware datetimes and times, astimezone
# between fixed zones and the local zone, utcoffset/dst/tzname, and a user's tzinfo subclass
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), 'EST')
odd = timezone(timedelta(hours=-3, seconds=-7, microseconds=-5))
for tz in [utc, ist, est, odd, timezone.min, timezone.max, timezone(timedelta(0)), timezone(timedelta(0), 'Z0')]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is utc, UTC is utc, dtmod.timezone.utc is UTC)
print(ist == timezone(timedelta(minutes=330), 'India'), utc == timezone(timedelta(0), 'x'), est != ist, utc == 0)
print(hash(ist) == hash(timedelta(minutes=330)), len({utc, timezone(timedelta(0), 'UTC'), ist}))

a = datetime(2023, 3, 12, 9, 30, tzinfo=ist)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a.isoformat(), a.timestamp())
print(a.strftime('%Y-%m-%d %H:%M:%S %z %Z'), datetime(2023, 1, 1, tzinfo=odd).strftime('%z|%Z'))
print(a.astimezone(utc), a.astimezone(est), repr(a.astimezone(odd)), a.astimezone(ist) is a)
print(a.astimezone(utc) == a, a.astimezone(est) == a, hash(a.astimezone(est)) == hash(a))
print(a - datetime(2023, 3, 12, 4, 0, tzinfo=utc), a < datetime(2023, 3, 12, 4, 1, tzinfo=utc))
print(a.utctimetuple(), a.timetuple())
print(repr(a.replace(tzinfo=None)), repr(a.replace(tzinfo=est)), repr(datetime.fromisoformat(a.isoformat())))
print(datetime.fromtimestamp(1e9, ist), datetime.fromtimestamp(1e9, est).isoformat())
print(datetime(2023, 6, 1, 12).astimezone(utc), repr(datetime(2023, 6, 1, 12).astimezone()))
print(repr(datetime(2023, 6, 1, 12, tzinfo=est).astimezone()))
print(datetime.now(utc).tzinfo is utc, datetime.now(est).tzname(), datetime.now().astimezone().tzname())

t = time(23, 59, 1, 500, tzinfo=est)
print(t, repr(t), t.utcoffset(), t.tzname(), t.isoformat('milliseconds'), t.strftime('%H:%M %z %Z'))
print(time(4, 59, 1, 500, tzinfo=utc) == t, time(1, 0, tzinfo=ist) < time(1, 0, tzinfo=utc), time(1) == time(1, tzinfo=utc))
print(repr(time.fromisoformat('10:20:30.040+01:00')), repr(time(1, fold=1)), repr(time()), time.min, time.max)


class Paris(tzinfo):
    """A fixed CET with a made-up summer time from April to September."""
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        return timedelta(hours=1) if dt is not None and 4 <= dt.month <= 9 else timedelta(0)

    def tzname(self, dt):
        return 'CEST' if self.dst(dt) else 'CET'

    def __repr__(self):
        return 'Paris()'


paris = Paris()
for month in (1, 7):
    p = datetime(2023, month, 15, 12, tzinfo=paris)
    print(p, repr(p), p.tzname(), p.dst(), p.strftime('%Z %z'), p.astimezone(utc), p.timetuple().tm_isdst)
print(datetime(2023, 7, 15, 10, tzinfo=utc).astimezone(paris), datetime.now(paris).tzinfo is paris)
print(datetime(2023, 7, 15, 10, tzinfo=paris) == datetime(2023, 7, 15, 8, tzinfo=utc))
