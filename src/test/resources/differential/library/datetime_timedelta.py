# timedelta: normalisation of its components (ints and floats, rounded half to even), str and repr,
# arithmetic with timedeltas, ints and floats, division and comparisons
from datetime import timedelta

cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=-1, seconds=5),
    timedelta(microseconds=-1),
    timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8),
    timedelta(hours=-25),
    timedelta(seconds=86400 * 3 + 1),
    timedelta(minutes=1.5),
    timedelta(days=0.1),
    timedelta(seconds=0.5e-6),
    timedelta(seconds=1.5e-6),
    timedelta(seconds=2.5e-6),
    timedelta(milliseconds=-0.0015),
    timedelta(days=1, seconds=-1),
    timedelta(days=-999999999),
]
for d in cases:
    print(repr(d), '|', str(d), '|', d.days, d.seconds, d.microseconds, '|', d.total_seconds())

a = timedelta(hours=10, minutes=30)
b = timedelta(minutes=45, microseconds=3)
print(a + b, a - b, b - a, -a, +b, abs(-a))
print(a * 3, 3 * a, a * -1, a * 0.5, 2.5 * b, a * 1e-7)
print(a / b, a // b, a % b, divmod(a, b))
print(a / 4, a / 7, a // 7, a / 2.5, timedelta(0, 0, 3) / 2, timedelta(0, 0, 5) / 2.0)
print(timedelta(microseconds=-7) // 2, timedelta(microseconds=-7) / 2)
print(a > b, a < b, a == timedelta(minutes=630), a != b, a >= a, b <= a)
print(a == 5, a != 'x', bool(timedelta()), bool(timedelta(microseconds=1)))
print(sorted([a, b, -b, timedelta()]))
print(hash(a) == hash(timedelta(seconds=37800)), len({a, timedelta(minutes=630), b}))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(f'{a}', '{!r:>40}'.format(b), '%s' % b)
print(sum([a, b, b], timedelta()))
print(timedelta(days=1).total_seconds(), timedelta(microseconds=1).total_seconds())
