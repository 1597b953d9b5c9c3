# %z and %Z of a time tuple without zone fields: glibc writes nothing when tm_isdst is negative (as
# in a naive datetime's timetuple()), else the offset in the tuple (0 for a plain tuple) and tzname.
import datetime
import time

naive = datetime.datetime(2024, 3, 5, 7, 8, 9)
print(repr(time.strftime('%z|%Z|%Ez', naive.timetuple())), repr(naive.strftime('%z|%Z')))
print(repr(time.strftime('%z|%Z', (2024, 1, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime('%z', (2024, 1, 1, 0, 0, 0, 0, 1, 0))),
      time.strftime('%Z', (2024, 1, 1, 0, 0, 0, 0, 1, 0)) == time.tzname[0])
print(repr(time.strftime('%z|%Z', time.gmtime(0))))
aware = datetime.datetime(2024, 3, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST'))
print(repr(aware.strftime('%z|%Z|%Ez')))
