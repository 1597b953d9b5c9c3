# Local times around each zone's transitions with fold 0 and 1, UTC times converted back (fromutc),
# times before the first transition and after the last (the POSIX TZ footer, as far as 2100).
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ZONES = ["UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
         "America/Sao_Paulo", "Pacific/Apia"]


def show(dt):
    return "%s fold=%d %s %s dst=%s" % (dt.replace(tzinfo=None, fold=0), dt.fold, dt.tzname(),
                                        dt.strftime("%z"), dt.dst())


def changes(zone, t, step):
    return t.astimezone(zone).utcoffset() != (t + step).astimezone(zone).utcoffset()


def utc_transitions(zone, start, end):
    """The UTC instants in [start, end) at which the zone's offset changes: days, then quarter hours."""
    day, quarter = timedelta(days=1), timedelta(minutes=15)
    found = []
    while start < end:
        if changes(zone, start, day):
            t = start
            while not changes(zone, t, quarter):
                t += quarter
            found.append(t + quarter)
        start += day
    return found


for key in ZONES:
    zone = ZoneInfo(key)
    print("==", key, zone.utcoffset(None), zone.tzname(None))
    for year in (1, 1850, 1900):
        print("past", show(datetime(year, 6, 1, tzinfo=zone)))
    for t in utc_transitions(zone, datetime(2010, 6, 1, tzinfo=timezone.utc),
                             datetime(2012, 1, 1, tzinfo=timezone.utc)):
        print("transition at", t)
        for minutes in (-90, -30, -1, 0, 30, 59, 60, 90):
            print("  utc %+d" % minutes, show((t + timedelta(minutes=minutes)).astimezone(zone)))
        wall = t.astimezone(zone).replace(tzinfo=None)
        for minutes in (-90, -61, -60, -30, 0, 30, 60):
            naive = wall + timedelta(minutes=minutes)
            for fold in (0, 1):
                local = naive.replace(tzinfo=zone, fold=fold)
                print("  wall %+d" % minutes, show(local), local.astimezone(timezone.utc))
    for year in (2037, 2038, 2050, 2100):
        for month in (1, 4, 7, 10):
            print("future", show(datetime(year, month, 15, 12, tzinfo=zone)))
    for t in utc_transitions(zone, datetime(2099, 1, 1, tzinfo=timezone.utc),
                             datetime(2100, 1, 1, tzinfo=timezone.utc)):
        print("2099 transition", t, show(t.astimezone(zone)), show((t - timedelta(seconds=1)).astimezone(zone)))
