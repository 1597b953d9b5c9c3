"""Basic statistics of numeric data: the GIL Lab model's statistics module.

Written for the model (not copied) to behave as CPython 3.11's Lib/statistics.py does, so that the
results are CPython's to the last bit: mean, variance and their relatives sum the data exactly (as
Fractions) and round once at the end, into the data's own type (int data giving a float when the
result is not whole); stdev and pstdev take a correctly rounded square root of the exact variance;
fmean, geometric_mean and the two-variable functions use math.fsum as CPython's do. The model has
no decimal module, so Decimal data is not supported.
"""

import math
import numbers
from bisect import bisect_left, bisect_right
from collections import namedtuple
from fractions import Fraction
from math import fsum, sqrt, exp, log

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---- exact sums ----

def _exact_ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type a result of data of types T and S comes back as (int < Fraction < float)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(the type to convert to, the exact sum as a Fraction, the count); a non-finite sum stays a float."""
    count = 0
    T = int
    total = Fraction(0)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            total += Fraction(n, d)
    return T, (total if special is None else special), count


def _ss(data, c=None):
    """(type, exact sum of squared deviations, the mean used, count), in one pass over data."""
    if c is not None:
        T, ssd, count = _sum((d := x - c) * d for x in data)
        return T, ssd, c, count
    count = 0
    T = int
    sx = Fraction(0)
    sxx = Fraction(0)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sx += Fraction(n, d)
            sxx += Fraction(n * n, d * d)
    if not count:
        ssd = c = Fraction(0)
    elif special is not None:
        ssd = c = special
    else:
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return T, ssd, c, count


def _convert(value, T):
    """The exact value in type T (a float when T is int and value is not whole)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Fraction):
            return T(value.numerator, value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) as a float, correctly rounded: an integer square root carried to 109 bits, its last bit
    odd when inexact (round-to-odd), then divided by a power of two once."""
    def isqrt_rounded_to_odd(n, m):
        a = math.isqrt(n // m)
        return a | (a * a * m != n)

    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (isqrt_rounded_to_odd(n, m << 2 * q) << q) / 1
    return isqrt_rounded_to_odd(n << -2 * q, m) / (1 << -q)


# ---- averages ----

def mean(data):
    """The arithmetic mean, exact until it is rounded into the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float, fast: math.fsum of the data (weighted by weights) over their count."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean, as exp(fmean of the logarithms)."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean: the reciprocal of the (weighted) mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value; the mean of the two middle values of an even number of them."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value; the smaller of the two middle values of an even number of them."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value; the larger of the two middle values of an even number of them."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of continuous data grouped in classes of width interval, by interpolation."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]  # the midpoint of the median's class
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        L = x - interval / 2  # the lower limit of that class
    except TypeError:
        L = float(x) - float(interval) / 2
    cf = bisect_left(data, x)  # values below the class
    f = bisect_right(data, x, lo=cf) - cf  # values in it
    return L + interval * (n / 2 - cf) / f


def _counts(data):
    """Each distinct value with how often it occurs, in order of first appearance."""
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """The most common value (the first to appear among equally common ones)."""
    counts = _counts(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    for value, count in counts.items():
        if best is None or count > best[1]:
            best = (value, count)
    return best[0]


def multimode(data):
    """The most common values, in order of first appearance."""
    counts = _counts(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j  # clamped to 1 .. ld-1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread ----

def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation: the correctly rounded square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# ---- two variables ----

def _check_pairs(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n = _check_pairs(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, between -1 and +1."""
    n = _check_pairs(x, y, 'correlation')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points (through the origin if proportional)."""
    n = _check_pairs(x, y, 'linear regression')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
