# time.tzset: TZ read again from os.environ, for localtime, mktime, strftime, the module's timezone,
# altzone, daylight and tzname, and datetime's local conversions; a thread sees the zone the main thread set
import datetime
import os
import threading
import time

MOMENT = 1700000000  # 2023-11-14 22:13:20 UTC
SUMMER = 1690000000  # 2023-07-22 04:26:40 UTC


def show(tz):
    if tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = tz
    time.tzset()
    local = time.localtime(MOMENT)
    print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    print("   ", time.strftime("%Y-%m-%d %H:%M %Z %z", local), local.tm_zone, local.tm_gmtoff, local.tm_isdst,
          time.strftime("%H %Z", time.localtime(SUMMER)), time.mktime(local) == MOMENT, time.ctime(MOMENT))
    stamp = datetime.datetime.fromtimestamp(MOMENT)
    print("   ", stamp, stamp.astimezone().tzname(), stamp.astimezone().utcoffset(), datetime.datetime(2023, 11, 14, 12).timestamp())


original = os.environ.get("TZ")
try:
    for tz in ["UTC", "America/New_York", ":Europe/Paris", "EST5EDT", "Asia/Kolkata", "EST5", "UTC0", "GMT+3",
               "Nowhere/Land", ""]:
        show(tz)
    os.environ["TZ"] = "Australia/Sydney"
    time.tzset()
    seen = []
    worker = threading.Thread(target=lambda: seen.append(time.strftime("%H:%M %Z", time.localtime(MOMENT))))
    worker.start()
    worker.join()
    print(seen, time.strptime("10:00 AEDT", "%H:%M %Z").tm_isdst)
    try:
        time.tzset(1)
    except TypeError as e:
        print("TypeError", e)
finally:
    show(original)
