# datetime: a traceback through datetime shows no frame of it, as CPython's datetime is C; a user's
# tzinfo method called from inside still shows its own frame
import datetime
import traceback


class BadZone(datetime.tzinfo):
    def utcoffset(self, dt):
        raise LookupError("no offset for " + dt.strftime("%Y-%m-%d"))


tests = [lambda: datetime.datetime(2024, 13, 1), lambda: datetime.date.fromisoformat("2024-1-1"),
         lambda: datetime.timedelta(days=10**10), lambda: datetime.datetime.now() - 5,
         lambda: datetime.date(2024, 1, 31).replace(month=2), lambda: datetime.time(25),
         lambda: datetime.datetime(2024, 1, 1, tzinfo=BadZone()).utcoffset(),
         lambda: datetime.datetime(2024, 1, 1, tzinfo=BadZone()).astimezone(datetime.timezone.utc),
         lambda: datetime.timezone(datetime.timedelta(hours=30))]
for test in tests:
    try:
        test()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print(len(lines), lines[-1])
        print([line.split(", in ")[-1] for line in lines if line.startswith("  File")])
datetime.datetime(2024, 2, 30)
