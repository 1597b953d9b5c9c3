# Seeded random dates, times and durations through the calendar's conversions and arithmetic: ordinals,
# ISO calendars, weekdays, isoformat/fromisoformat round trips, strftime, timedelta's float components
import random
from datetime import date, datetime, time, timedelta, timezone

rng = random.Random(20231)
for _ in range(60):
    d = date.fromordinal(rng.randint(1, date.max.toordinal()))
    iso = d.isocalendar()
    print(d, d.toordinal(), d.weekday(), tuple(iso), date.fromisocalendar(*iso) == d, d.strftime('%j %U %W %a %b'),
          date.fromisoformat(d.isoformat()) == d)

for _ in range(60):
    dt = datetime(rng.randint(1900, 2100), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                  rng.randint(0, 59), rng.randint(0, 59), rng.choice([0, rng.randint(0, 999999)]))
    delta = timedelta(days=rng.uniform(-400, 400), seconds=rng.randint(-10 ** 6, 10 ** 6),
                      microseconds=rng.uniform(-1e6, 1e6))
    tz = timezone(timedelta(minutes=rng.randint(-23 * 60, 23 * 60)))
    aware = dt.replace(tzinfo=tz)
    print(repr(dt + delta), dt - delta, (dt + delta) - dt == delta, str(delta), delta.total_seconds())
    print(aware.isoformat(timespec=rng.choice(['auto', 'seconds', 'milliseconds'])), aware.astimezone(timezone.utc),
          datetime.fromisoformat(aware.isoformat()) == aware, aware.timestamp(), aware.strftime('%z %Z %I%p'))
    print(delta * rng.uniform(-3, 3) // timedelta(microseconds=7), delta / rng.choice([3, 7, -11]), abs(delta) % timedelta(hours=5))

for _ in range(40):
    seconds = rng.uniform(-2e9, 4e9)
    print(repr(datetime.utcfromtimestamp(seconds)), repr(datetime.fromtimestamp(seconds, timezone.utc)),
          round(datetime.fromtimestamp(seconds, timezone.utc).timestamp() - seconds, 5))
    t = time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999))
    print(repr(t), t.isoformat(), time.fromisoformat(t.isoformat()) == t)
