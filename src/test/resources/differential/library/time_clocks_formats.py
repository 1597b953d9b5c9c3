# time: clocks, sleep, struct_time, localtime/gmtime/mktime, strftime/strptime, asctime/ctime
# differential: normalize floats
import time

t0 = time.time()
print(type(t0) is float, abs(time.time_ns() / 1e9 - t0) < 5, time.time() >= t0)
for name in ("monotonic", "perf_counter", "process_time", "thread_time"):
    clock = getattr(time, name)
    a = clock()
    b = clock()
    print(name, type(a) is float, b >= a, type(getattr(time, name + "_ns")()) is int)
start = time.monotonic()
time.sleep(0.05)
print("slept at least 0.05:", time.monotonic() - start >= 0.05)
time.sleep(0)
for bad in [-1, "1", None, float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# CPU time of this program's threads: a busy loop adds to it, a sleep does not
c0 = time.process_time()
n = 0
while time.process_time() - c0 < 0.05:
    n += 1
print("busy loop counted:", time.process_time() - c0 >= 0.05)

g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_yday, g.tm_wday, g.tm_zone, g.tm_gmtoff, len(g), g[0], tuple(g)[:3])
print(time.gmtime(0), time.gmtime(-86400.5).tm_mday, time.gmtime(1e9).tm_year)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %w %u %U %W %y %C %e %D %T %F %R %%", g))
print(time.strftime("%c | %x | %X | %G-W%V | %h %k %l %n%t|", g))
print(time.strftime("%q %Ez", time.gmtime(0))[:2], repr(time.strftime("", g)))
print(time.asctime(g), time.asctime((2023, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strftime("%a %d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)), time.strftime("%m", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [(1, 2, 3), "x"]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print("TypeError:", e)

local = time.localtime(1700000000)
print(time.mktime(local), time.mktime(local[:9]), type(time.mktime(local)) is float)
print(time.localtime(time.mktime((2023, 13, 1, 12, 0, 0, 0, 0, -1)))[:3])
print(time.ctime(1700000000) == time.asctime(time.localtime(1700000000)), len(time.ctime()))
print(type(time.timezone) is int, time.daylight in (0, 1), len(time.tzname))
try:
    time.localtime(1e20)
except OverflowError as e:
    print("OverflowError:", e)

s = time.struct_time((2023, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError:", e)

print(time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Nov 14 2023 10:11:12 PM", "%a %b %d %Y %I:%M:%S %p")[:6])
print(time.strptime("14/11/23", "%d/%m/%y")[:3], time.strptime("070", "%j")[:3], time.strptime("Nov 5  2023", "%b %d %Y")[:3])
print(time.strptime("2023-11-14T22:13:20+0100", "%Y-%m-%dT%H:%M:%S%z").tm_gmtoff)
print(time.strptime("Tue Nov 14 22:13:20 2023")[:6])
for text, fmt in [("2023", "%Y-%m"), ("2023-11x", "%Y-%m"), ("x", "%Q"), ("2023-02-30", "%Y-%m-%d"), ("1", "%")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)
