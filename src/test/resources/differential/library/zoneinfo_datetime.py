# datetime with ZoneInfo: arithmetic across DST (wall clock, not elapsed time), astimezone between zones,
# comparison and subtraction of aware datetimes, isoformat, strftime's %Z and %z, timestamps, time objects.
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

paris, new_york, lord_howe = ZoneInfo("Europe/Paris"), ZoneInfo("America/New_York"), ZoneInfo("Australia/Lord_Howe")
kolkata, apia = ZoneInfo("Asia/Kolkata"), ZoneInfo("Pacific/Apia")

start = datetime(2024, 3, 30, 12, tzinfo=paris)
for days in range(3):
    later = start + timedelta(days=days)
    print(later, later.tzname(), later - start, later.astimezone(timezone.utc) - start.astimezone(timezone.utc))

fall = datetime(2024, 11, 3, 1, 30, tzinfo=new_york)
first, second = fall, fall.replace(fold=1)
print(first.isoformat(), second.isoformat(), first == second, second - first, first.utcoffset(), second.utcoffset())
print(first.timestamp(), second.timestamp(), datetime.fromtimestamp(second.timestamp(), new_york).fold)
gap = datetime(2024, 3, 10, 2, 30, tzinfo=new_york)
print(gap.isoformat(), gap.replace(fold=1).isoformat(), gap.astimezone(timezone.utc), gap.replace(fold=1).astimezone(timezone.utc))

moment = datetime(2024, 10, 6, 1, 45, tzinfo=timezone.utc)
for zone in (paris, new_york, lord_howe, kolkata, apia):
    local = moment.astimezone(zone)
    print(zone, local, local.fold, local.strftime("%Y-%m-%d %H:%M %Z %z"), local.isoformat(timespec="minutes"))
print(moment.astimezone(paris) == moment.astimezone(lord_howe), moment.astimezone(paris) - moment.astimezone(new_york))
print(sorted([datetime(2024, 7, 1, 12, tzinfo=z) for z in (paris, new_york, kolkata, lord_howe)]))

# Apia skipped 2011-12-30 when it crossed the date line.
for hours in (-1, 0, 1):
    t = datetime(2011, 12, 30, 10, tzinfo=timezone.utc) + timedelta(hours=hours)
    print(t.astimezone(apia), t.astimezone(apia).tzname())
print(datetime(2011, 12, 30, 12, tzinfo=apia).utcoffset(), datetime(2011, 12, 30, 12, tzinfo=apia, fold=1).utcoffset())

print(repr(datetime(2024, 5, 1, 9, 15, tzinfo=kolkata)))
print(datetime(2024, 5, 1, 9, 15, tzinfo=kolkata).astimezone(ZoneInfo("UTC")).isoformat())
print(datetime(1880, 1, 1, tzinfo=paris).isoformat(), datetime(1880, 1, 1, tzinfo=paris).strftime("%Z %z"))
print(datetime.fromisoformat("2024-06-01T08:00:00+02:00").astimezone(new_york))
print(time(12, tzinfo=paris).utcoffset(), time(12, tzinfo=ZoneInfo("UTC")).isoformat(), time(12, tzinfo=paris).tzname())
print(datetime(2100, 7, 4, 12, tzinfo=new_york).astimezone(paris), datetime(2100, 1, 1, tzinfo=lord_howe).dst())
