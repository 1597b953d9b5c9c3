# statistics: variance and standard deviation (exact, correctly rounded square roots), with and
# without a known mean, and the two-variable functions; the error messages
import statistics
from fractions import Fraction

from _statistics_support import seeded, show

draw = seeded(77)


samples = [[], [5], [1, 3], [1, 2, 3, 4], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [Fraction(1), Fraction(2), Fraction(4)],
           [1, float('inf')], [1, float('nan')], [0.1, 0.2, 0.3], [10 ** 30, 10 ** 30 + 1, 10 ** 30 + 2]]
for data in samples:
    for name in ['variance', 'pvariance', 'stdev', 'pstdev']:
        show(name + ' ' + repr(data)[:40], lambda: getattr(statistics, name)(data))
show('variance xbar', lambda: statistics.variance([1, 2, 4], xbar=Fraction(7, 3)))
show('pvariance mu int', lambda: statistics.pvariance([1, 2, 3], mu=2))
show('pvariance mu float', lambda: statistics.pvariance([1, 2, 3], mu=2.0))
show('stdev xbar', lambda: statistics.stdev([1, 2], xbar=1))
show('variance bad', lambda: statistics.variance(['a', 'b']))

x, y = [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]
show('covariance', lambda: statistics.covariance(x, y))
show('correlation', lambda: statistics.correlation(x, [9, 7, 8, 4, 5, 6, 1, 2, 3]))
show('regression', lambda: statistics.linear_regression(x, [2 * v + 1.5 for v in x]))
show('regression proportional', lambda: statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
show('covariance lengths', lambda: statistics.covariance([1, 2], [1]))
show('correlation one', lambda: statistics.correlation([1], [1]))
show('correlation constant', lambda: statistics.correlation([1, 1], [1, 2]))
show('regression constant', lambda: statistics.linear_regression([1, 1], [1, 2]))
print(issubclass(statistics.StatisticsError, ValueError), statistics.LinearRegression._fields)

checksum = 0
for _ in range(60):
    data = [draw(10 ** 9) / (abs(draw(997)) + 1) for _ in range(abs(draw(8)) + 2)]
    other = [draw(100) for _ in data]
    results = (statistics.variance(data), statistics.pvariance(data), statistics.stdev(data),
               statistics.pstdev(data), statistics.covariance(data, other))
    checksum = (checksum * 31 + hash(results)) % 2 ** 61
print('sweep checksum', checksum)
statistics.stdev([1])
