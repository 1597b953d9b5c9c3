# The zoneinfo API beside the conversions: caching, keys and their errors, from_file, pickling, TZPATH.
import copy
import io
import pickle
import zoneinfo
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def attempt(what, call):
    try:
        print(what, "->", call())
    except Exception as e:
        print(what, "->", type(e).__name__, e)


paris = ZoneInfo("Europe/Paris")
print(repr(paris), str(paris), paris.key)
print("cached:", ZoneInfo("Europe/Paris") is paris, ZoneInfo(key="UTC") is ZoneInfo("UTC"))
fresh = ZoneInfo.no_cache("Europe/Paris")
print("no_cache:", fresh is paris, fresh == paris, repr(fresh))
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
print("cleared one:", ZoneInfo("Europe/Paris") is paris)
utc = ZoneInfo("UTC")
ZoneInfo.clear_cache()
print("cleared all:", ZoneInfo("UTC") is utc)
paris = ZoneInfo("Europe/Paris")

print(issubclass(ZoneInfoNotFoundError, KeyError), ZoneInfoNotFoundError.__module__)
for key in ["Nowhere/Land", "Europe", "/etc/localtime", "../etc/passwd", "..", "Europe/../UTC", "",
            "Europe//Paris", "./UTC", "zone.tab", "a\0b", 3]:
    attempt(repr(key), lambda: ZoneInfo(key))
try:
    ZoneInfo("Nowhere/Land")
except KeyError as e:
    print("KeyError caught:", repr(e.args[0]), repr(e.__context__))  # the tzdata package is not installed

print("pickle:", pickle.loads(pickle.dumps(paris)) is paris, pickle.loads(pickle.dumps(fresh)) is fresh,
      repr(pickle.loads(pickle.dumps(fresh))))
print("copy:", copy.copy(paris) is paris, copy.deepcopy(paris) is paris)
print(paris.__reduce__()[1], fresh.__reduce__()[1])

with open("/usr/share/zoneinfo/America/New_York", "rb") as f:
    data = f.read()
anonymous = ZoneInfo.from_file(io.BytesIO(data))
named = ZoneInfo.from_file(io.BytesIO(data), key="My/New_York")
print(anonymous.key, str(anonymous) == repr(anonymous), repr(anonymous).startswith("zoneinfo.ZoneInfo.from_file(<_io.BytesIO"))
print(repr(named), str(named), named is ZoneInfo.from_file(io.BytesIO(data), key="My/New_York"))
print(datetime(2024, 7, 4, 12, tzinfo=named), datetime(2024, 7, 4, 12, tzinfo=anonymous).tzname())
attempt("pickle from_file", lambda: pickle.dumps(named))
attempt("from_file junk", lambda: ZoneInfo.from_file(io.BytesIO(b"not a TZif file")))


class Zone(ZoneInfo):
    pass


mine = Zone("Europe/Paris")
print(repr(mine), mine is paris, Zone("Europe/Paris") is mine, isinstance(mine, ZoneInfo),
      pickle.loads(pickle.dumps(mine)) is mine)

print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(["/nonexistent"])
print(zoneinfo.TZPATH)
attempt("Asia/Tokyo off the path", lambda: ZoneInfo("Asia/Tokyo"))
print("still cached:", ZoneInfo("Europe/Paris") is paris)
attempt("reset str", lambda: zoneinfo.reset_tzpath("/usr/share/zoneinfo"))
attempt("reset relative", lambda: zoneinfo.reset_tzpath(["zoneinfo", "/usr/share/zoneinfo", "x"]))
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
zones = zoneinfo.available_timezones()
print(len(zones) > 400, {"UTC", "Europe/Paris", "Pacific/Apia"} <= zones, "posixrules" in zones,
      any(key.startswith(("posix/", "right/")) for key in zones))

print(utc.utcoffset(None), utc.dst(None), utc.tzname(None), paris.utcoffset(None), paris.tzname(None))
attempt("fromutc naive", lambda: paris.fromutc(datetime(2024, 1, 1)))
attempt("fromutc int", lambda: paris.fromutc(5))
attempt("fromutc other zone", lambda: paris.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
print(paris.fromutc(datetime(2024, 7, 1, tzinfo=paris)))
sao_paulo = ZoneInfo("America/Sao_Paulo")
for hour in (1, 2, 3):  # the last transition of all, when DST ended for good on 2019-02-17
    local = datetime(2019, 2, 17, hour, 30, tzinfo=timezone.utc).astimezone(sao_paulo)
    print(local, local.fold, local.tzname())
