# statistics.NormalDist: a user's program printed NormalDist(50, 10).cdf(60); the model had no NormalDist.
import pickle
import statistics
from statistics import NormalDist, StatisticsError

nd = NormalDist(50, 10)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.cdf(60), nd.pdf(55), nd.zscore(65))
for p in (1e-300, 1e-20, 0.001, 0.02425, 0.075, 0.3, 0.5, 0.5 + 1e-12, 0.9, 0.975, 0.999999, 1 - 1e-16):
    print(p, nd.inv_cdf(p), NormalDist().inv_cdf(p))
print(nd.quantiles(), NormalDist().quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(NormalDist(1, 2).overlap(NormalDist(4, 2)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(range(10)))
print(NormalDist.from_samples([1.0, float('inf')]), NormalDist.from_samples([1.0, float('nan')]))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 2, 2 + a, a - 2, 2 - a, a * 3, 3 * a, a * -2, a / -4, +a, -a)
print(a == NormalDist(10.0, 3.0), a == b, a == 10, hash(a) == hash(NormalDist(10, 3)), len({a, +a, b}))
print(pickle.loads(pickle.dumps(a)) == a, NormalDist(0, 1).samples(4, seed=8))
print(len(NormalDist(5, 1).samples(3)), NormalDist(1, 1e-200).cdf(1.5))
print(sorted(NormalDist.__slots__), 'NormalDist' in statistics.__all__)
for make in (lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).pdf(1),
             lambda: NormalDist(1, 1e-200).pdf(1), lambda: NormalDist(1, 0).zscore(2),
             lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: NormalDist().inv_cdf(1.0),
             lambda: NormalDist().inv_cdf(0), lambda: NormalDist().overlap(3),
             lambda: NormalDist(1, 0).overlap(NormalDist()), lambda: NormalDist.from_samples([1]),
             lambda: a * b, lambda: NormalDist().quantiles(0), lambda: a.stdev_x):
    try:
        print(make())
    except (StatisticsError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(NormalDist().inv_cdf(float('nan')))
