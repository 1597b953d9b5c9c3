# sys.getswitchinterval reads back whole microseconds times 1e-6, as CPython stores them.
import sys

default = sys.getswitchinterval()
print(default)
for interval in (0.0001, 0.001, 0.0025, 0.05, 1, 0.0000015, 2.5e-6):
    sys.setswitchinterval(interval)
    print(interval, "->", repr(sys.getswitchinterval()))
for bad in (0, -1.0, float("nan")):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("fast")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(default)
print(sys.getswitchinterval() == default)
