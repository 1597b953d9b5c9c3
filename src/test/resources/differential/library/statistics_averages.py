# statistics: averages and their result types (exact sums, ints giving floats when not whole),
# medians, modes and quantiles, over fixed data and a seeded sweep
import statistics
from fractions import Fraction

from _statistics_support import seeded, show

draw = seeded(2024)


inf, nan = float('inf'), float('nan')
samples = [[], [1], [1, 2], [1, 3], [2.5, 3.25, 5.5, 11.25], [True, False], [True, True], [1, Fraction(1, 2)],
           [1.0, Fraction(1, 2)], [Fraction(1, 3), Fraction(2, 7), Fraction(5, 9)], [1, inf], [inf, -inf],
           [0.1] * 10, [10 ** 20 + 1, 10 ** 20 + 3], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], ['a']]
functions = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
             'median_grouped', 'mode', 'multimode']
for data in samples:
    for name in functions:
        show(name + ' ' + repr(data)[:40], lambda: getattr(statistics, name)(data))
show('mean iter', lambda: statistics.mean(iter([1, 2, 4])))
show('fmean weights', lambda: statistics.fmean([1, 2, 3], [3, 2, 1]))
show('fmean bad weights', lambda: statistics.fmean([1, 2], [1]))
show('harmonic weights', lambda: statistics.harmonic_mean([40, 60], weights=[5, 30]))
show('harmonic zero', lambda: statistics.harmonic_mean([1, 0]))
show('harmonic negative', lambda: statistics.harmonic_mean([1, -1]))
show('grouped interval', lambda: statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
show('grouped bad', lambda: statistics.median_grouped([1, 2], 'x'))
show('mode text', lambda: statistics.mode('abcbca'))
show('mode unhashable', lambda: statistics.mode([[1]]))
show('multimode text', lambda: statistics.multimode('aabbbccc'))
for method in ['exclusive', 'inclusive', 'other']:
    for n in [1, 2, 4, 10]:
        show('quantiles %s %d' % (method, n), lambda: statistics.quantiles([1, 5, 2, 8, 7.5, 3], n=n, method=method))
show('quantiles n=0', lambda: statistics.quantiles([1, 2], n=0))
show('quantiles one', lambda: statistics.quantiles([1]))

checksum = 0
for _ in range(60):
    size = abs(draw(12)) + 1
    if draw(1) > 0:
        data = [draw(1000) for _ in range(size)]
    else:
        data = [draw(10 ** 6) / (abs(draw(1000)) + 1) for _ in range(size)]
    results = (statistics.mean(data), statistics.fmean(data), statistics.median(data),
               statistics.median_grouped(data), statistics.mode(data))
    checksum = (checksum * 31 + hash(results)) % 2 ** 61
print('sweep checksum', checksum)
