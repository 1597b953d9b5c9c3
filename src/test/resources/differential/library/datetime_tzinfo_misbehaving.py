# A tzinfo subclass that returns what it must not (an int, a day, a non-str name, None) and one that
# implements nothing: the errors are CPython's, and a None utcoffset makes a datetime naive
from datetime import datetime, time, timedelta, timezone, tzinfo


class Bad(tzinfo):
    def __init__(self, offset, name='x'):
        self.offset = offset
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name


class Plain(tzinfo):
    pass


checks = ['d.utcoffset()', 'd.tzname()', 'd.dst()', 'str(d)', 'd.astimezone(timezone.utc)', 'hash(d) is not None',
          't.utcoffset()', 'str(t)', 'timezone.utc.fromutc(d)', 'd - datetime(2020, 1, 1, tzinfo=timezone.utc)']
for tz in [Bad(5), Bad(timedelta(hours=24)), Bad(timedelta(hours=1), 7), Bad(None), Bad(timedelta(seconds=30)), Plain()]:
    d = datetime(2020, 1, 1, tzinfo=tz)
    t = time(1, tzinfo=tz)
    for expr in checks:
        try:
            print(expr, repr(eval(expr)))
        except Exception as e:
            print(expr, type(e).__name__, e)
