# datetime's errors: CPython's exception types and messages for bad fields, types, operands,
# comparisons, formats and text
import datetime as d

checks = [
    'd.date(2020, 13, 1)', 'd.date(2020, 2, 30)', 'd.date(0, 1, 1)', 'd.date(10000, 1, 1)', 'd.date("x", 1, 1)',
    'd.date(2020.0, 1, 1)', 'd.date()', 'd.datetime(2020)', 'd.time(25)', 'd.time(1, 60)', 'd.time(1, 1, 60)',
    'd.datetime(2020, 1, 1, microsecond=10**6)', 'd.datetime(2020, 1, 1, fold=2)', 'd.datetime(2020, 1, 1, tzinfo=5)',
    'd.datetime(2020, 1, 1) + 1', '1 + d.date(2020, 1, 1)', 'd.datetime(2020, 1, 1) - 1', 'd.timedelta(1) + 1',
    '1 - d.timedelta(1)', 'd.date(2020, 1, 1) + d.date(2020, 1, 1)', 'd.timedelta(1) % 0', 'd.timedelta(1) * "x"',
    'd.timedelta(1) / 0', 'd.timedelta(1) // 0', 'd.timedelta(1) / d.timedelta(0)', 'd.timedelta(1) < 1',
    'd.date(2020, 1, 1) < d.datetime(2020, 1, 1)', 'd.datetime(2020, 1, 1) > d.date(2020, 1, 1)',
    'd.datetime(2020, 1, 1) - d.date(2020, 1, 1)', 'd.date(2020, 1, 1) - d.datetime(2020, 1, 1)',
    'd.datetime(2020, 1, 1) < d.datetime(2020, 1, 1, tzinfo=d.timezone.utc)',
    'd.datetime(2020, 1, 1) - d.datetime(2020, 1, 1, tzinfo=d.timezone.utc)',
    'd.time(1) < d.time(1, tzinfo=d.timezone.utc)', 'd.timedelta("1")', 'd.timedelta(days=10**9)',
    'd.timedelta(days=1e10)', 'd.timedelta(days=-2**31 - 1)', 'd.timedelta.max + d.timedelta.resolution', 'd.date.max + d.timedelta(1)', 'd.datetime.min - d.timedelta(1)',
    'd.date.fromordinal(0)', 'd.timezone(5)', 'd.timezone(d.timedelta(0), 5)', 'd.timezone(d.timedelta(hours=24))',
    'd.timezone.utc.utcoffset(5)', 'd.tzinfo().utcoffset(None)', 'd.tzinfo().tzname(None)',
    'd.date.fromisoformat(5)', 'd.date.fromisoformat("2020-1-1")', 'd.date.fromisoformat("2020-13-01")',
    'd.datetime.fromisoformat("2020-01-01T25:00")', 'd.datetime.fromisoformat("2020-01-01T")',
    'd.datetime.fromisoformat("yesterday")', 'd.time.fromisoformat("1:2")',
    'd.datetime(2020, 1, 1).isoformat(timespec="x")', 'd.datetime(2020, 1, 1).isoformat(sep="ab")',
    'd.datetime(2020, 1, 1).strftime(5)', 'd.datetime.strptime("x", "%Y")', 'd.datetime.strptime("2020 x", "%Y")',
    'd.datetime.strptime("2020", "%Q")', 'd.datetime.strptime(5, "%Y")', 'd.datetime.strptime("2020-02-30", "%Y-%m-%d")',
    'd.datetime(2020, 1, 1).replace(month=13)', 'd.datetime(2020, 1, 1).astimezone(5)',
    'd.datetime.combine(1, d.time())', 'd.datetime.combine(d.date(2020, 1, 1), 1)', 'd.datetime.fromtimestamp("x")',
    'd.datetime.fromtimestamp(float("nan"))', 'd.datetime(2020, 1, 1).foo', 'd.date.fromisocalendar(2020, 54, 1)',
    'd.date.fromisocalendar(2020, 1, 8)', 'd.timezone.utc.fromutc(d.datetime(2020, 1, 1))',
    'setattr(d.date(2020, 1, 1), "foo", 5)', 'f"{d.date(2020, 1, 1):{5}}"', 'd.date(2020, 1, 1).__format__(5)',
]
for expr in checks:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
