"""Descriptive statistics: the GIL Lab model's statistics module.

Behaves as CPython 3.11's Lib/statistics.py does (its documentation and its observed behaviour are
the specification); written for the model, not copied. The averages and spreads that CPython
computes exactly do so here too: the data are summed as exact ratios, the result is rounded once
and returned in the data's own type (ints give a float when the result is not whole), and stdev and
pstdev are correctly rounded square roots of that exact variance. fmean, geometric_mean and the
two-variable functions work in floats with math.fsum, as CPython's do, so they agree to the bit.
Decimal data give Decimal results (stdev and pstdev correctly rounded to the current context); NormalDist
is not provided.
"""

import math
import numbers
import sys
from collections import namedtuple
from fractions import Fraction

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped',
           'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles',
           'stdev', 'variance']


class StatisticsError(ValueError):
    pass


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


# ---- exact sums -----------------------------------------------------------------------------

def _ratio_of(value):
    """value as (numerator, denominator); (value, None) when it has none (an infinity or NaN)."""
    try:
        return value.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return value, None
    try:
        return value.numerator, value.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(value).__name__)


def _wider(current, kind):
    """The type a result over values of both types is given (ints and bools yield to anything,
    a subclass wins over its base, a float over a Fraction)."""
    if current is kind or kind is int or kind is bool:
        return current
    if current is int or issubclass(kind, current):
        return kind
    if issubclass(current, kind):
        return current
    if issubclass(current, int):
        return kind
    if issubclass(kind, int):
        return current
    if issubclass(current, Fraction) and issubclass(kind, float):
        return kind
    if issubclass(current, float) and issubclass(kind, Fraction):
        return current
    raise TypeError("can't convert type '%s' to '%s'" % (current.__name__, kind.__name__))


def _tally(data, squares):
    """One pass over data: (result type, count, {denominator: sum of numerators},
    {denominator: sum of squared numerators} if squares, sum of the non-finite values or None).
    Grouping by denominator keeps the exact sum cheap: floats share a few powers of two."""
    result_type, previous_type, count = int, None, 0
    tops, squared_tops, nonfinite = {}, {}, None
    for value in data:
        kind = type(value)
        if kind is not previous_type:
            result_type, previous_type = _wider(result_type, kind), kind
        top, bottom = _ratio_of(value)
        count += 1
        if bottom is None:
            nonfinite = top if nonfinite is None else nonfinite + top
            continue
        tops[bottom] = tops.get(bottom, 0) + top
        if squares:
            squared_tops[bottom] = squared_tops.get(bottom, 0) + top * top
    return result_type, count, tops, squared_tops, nonfinite


def _fraction_total(sums, squared):
    total = Fraction(0)
    for bottom, top in sums.items():
        total += Fraction(top, bottom * bottom if squared else bottom)
    return total


def _exact_sum(data):
    """(result type, exact total as a Fraction - or a float if a value is not finite, count)."""
    result_type, count, tops, _, nonfinite = _tally(data, False)
    if nonfinite is not None:
        return result_type, nonfinite, count
    return result_type, _fraction_total(tops, False), count


def _squared_deviations(data, center):
    """(result type, exact sum of (x - center)**2, count); center None means the data's mean."""
    if center is not None:
        return _exact_sum(d * d for d in (x - center for x in data))
    result_type, count, tops, squared_tops, nonfinite = _tally(data, True)
    if nonfinite is not None:
        return result_type, nonfinite, count
    if not count:
        return result_type, Fraction(0), 0
    total = _fraction_total(tops, False)
    return result_type, _fraction_total(squared_tops, True) - total * total / count, count


def _in_type(value, result_type):
    """The exact value given back in the data's type; int data whose result is not whole give a
    float."""
    if type(value) is result_type:
        return value
    if issubclass(result_type, int) and value.denominator != 1:
        result_type = float
    if _is_decimal(result_type):
        # Decimal(Fraction) is refused: CPython divides numerator by denominator in the context
        return result_type(value.numerator) / result_type(value.denominator)
    return result_type(value)


def _is_decimal(kind):
    """Whether kind is decimal.Decimal or a subclass (no value can be one before decimal is imported)."""
    module = sys.modules.get('decimal')
    return module is not None and issubclass(kind, module.Decimal)


def _decimal_sqrt_of_ratio(top, bottom, decimal_type):
    """sqrt(top / bottom) as a Decimal correctly rounded to the current context: an integer root with
    digits to spare, a final 1 when anything was cut off, rounded once by scaleb; an exact root is
    given without trailing zeros, and zero as Decimal('0.0'), as CPython's are."""
    if not top:
        return decimal_type('0.0')
    precision = sys.modules['decimal'].getcontext().prec
    shift = max(0, precision + 3 - (len(str(top)) - len(str(bottom))) // 2)
    scaled, cut = divmod(top * 10 ** (2 * shift), bottom)
    root = math.isqrt(scaled)
    if cut or root * root != scaled:
        root, shift = root * 10 + 1, shift + 1
    else:
        while shift and root % 10 == 0:
            root, shift = root // 10, shift - 1
    return decimal_type(root).scaleb(-shift)


def _sqrt_of_ratio(top, bottom):
    """The float nearest to sqrt(top / bottom). The integer square root is taken with at least
    60 significant bits, its lowest bit set when anything was cut off (round to odd), so that the
    single rounding of the final division lands where rounding the true root would."""
    shift = max(0, (121 - top.bit_length() + bottom.bit_length()) // 2)
    scaled, cut = divmod(top << (2 * shift), bottom)
    root = math.isqrt(scaled)
    if cut or root * root != scaled:
        root |= 1
    return root / (1 << shift)


def _checked_non_negative(values, message):
    for value in values:
        if value < 0:
            raise StatisticsError(message)
        yield value


def _sized(data):
    return data if hasattr(data, '__len__') else list(data)


# ---- averages -------------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean, computed exactly and returned in the data's type."""
    result_type, total, count = _exact_sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _in_type(total / count, result_type)


def fmean(data, weights=None):
    """The mean as a float, fast: math.fsum of the (weighted) values over the count (weights)."""
    data = _sized(data)
    if weights is None:
        if not len(data):
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = _sized(weights)
    weighted = math.fsum(x * w for x, w in zip(data, weights))
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weight = math.fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight


def geometric_mean(data):
    """exp of the mean of the logarithms, as a float."""
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The (weighted) number of values over the sum of (weight over value); 0 if a value is 0."""
    errmsg = 'harmonic mean does not support negative values'
    data = _sized(data)
    count = len(data)
    if count < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if count == 1:
            only = data[0]
            if not isinstance(only, numbers.Real):
                raise TypeError('unsupported type')
            if only < 0:
                raise StatisticsError(errmsg)
            return only
        weights, weight = [1] * count, count
    else:
        weights = _sized(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        weight = _exact_sum(_checked_non_negative(weights, errmsg))[1]
    values = _checked_non_negative(data, errmsg)
    try:
        result_type, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _in_type(weight / total, result_type)


def median(data):
    """The middle value, or the mean of the two middle values."""
    ordered = sorted(data)
    half, odd = divmod(len(ordered), 2)
    if not ordered:
        raise StatisticsError("no median for empty data")
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """The middle value, or the higher of the two middle values."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes `interval` wide around each value: interpolated
    within the class holding the middle value, from its lower limit by its share of the count."""
    ordered = sorted(data)
    count = len(ordered)
    if not count:
        raise StatisticsError("no median for empty data")
    middle = ordered[count // 2]
    # The run of values equal to the middle one: its start and its length.
    below = _first_index_not_less(ordered, middle)
    same = _first_index_greater(ordered, middle, below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (count / 2 - below) / same


def _first_index_not_less(ordered, value):
    low, high = 0, len(ordered)
    while low < high:
        probe = (low + high) // 2
        if ordered[probe] < value:
            low = probe + 1
        else:
            high = probe
    return low


def _first_index_greater(ordered, value, low):
    high = len(ordered)
    while low < high:
        probe = (low + high) // 2
        if value < ordered[probe]:
            high = probe
        else:
            low = probe + 1
    return low


def _occurrences(data):
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """The most common value; of equally common ones, the first met."""
    counts = _occurrences(data)
    if not counts:
        raise StatisticsError('no mode for empty data') from None
    return max(counts, key=counts.__getitem__)


def multimode(data):
    """The most common values, in the order first met."""
    counts = _occurrences(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, seen in counts.items() if seen == most]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n groups of equal probability, interpolated
    linearly between data points ('exclusive': as a sample, 'inclusive': as a population)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        # Points at positions i * (size - 1) / n, counted from 0.
        span, offset = size - 1, 0
    elif method == 'exclusive':
        # Points at positions i * (size + 1) / n, counted from 1, kept inside the data.
        span, offset = size + 1, 1
    else:
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        index = min(max(i * span // n, offset), size - 2 + offset)
        weight = i * span - index * n
        low, high = ordered[index - offset], ordered[index - offset + 1]
        cuts.append((low * (n - weight) + high * weight) / n)
    return cuts


# ---- spread ---------------------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance (over n - 1), exact, in the data's type; xbar: the mean if known."""
    result_type, squares, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _in_type(squares / (count - 1), result_type)


def pvariance(data, mu=None):
    """The population variance (over n), exact, in the data's type; mu: the mean if known."""
    result_type, squares, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _in_type(squares / count, result_type)


def stdev(data, xbar=None):
    """The square root of the sample variance, correctly rounded, as a float."""
    result_type, squares, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(squares / (count - 1), result_type)


def pstdev(data, mu=None):
    """The square root of the population variance, correctly rounded, as a float."""
    result_type, squares, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(squares / count, result_type)


def _root(spread, result_type):
    """The standard deviation of an exact variance: a Decimal for Decimal data, else a float."""
    if _is_decimal(result_type):
        return _decimal_sqrt_of_ratio(spread.numerator, spread.denominator, result_type)
    return _sqrt_of_ratio(spread.numerator, spread.denominator)


# ---- two variables --------------------------------------------------------------------------

def _pair_count(x, y, what):
    """len(x) after CPython's checks for covariance, correlation and linear_regression (named
    `what` in the messages)."""
    count = len(x)
    if len(y) != count:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if count < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return count


def _centred(x, y, count):
    """The means of x and y and the fsum of the products of their deviations from them."""
    x_mean, y_mean = math.fsum(x) / count, math.fsum(y) / count
    cross = math.fsum((a - x_mean) * (b - y_mean) for a, b in zip(x, y))
    return x_mean, y_mean, cross


def _centred_square_sum(values, center):
    return math.fsum(d * d for d in (v - center for v in values))


def covariance(x, y, /):
    """The sample covariance of x and y, as a float."""
    count = _pair_count(x, y, 'covariance')
    return _centred(x, y, count)[2] / (count - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, as a float."""
    x_mean, y_mean, cross = _centred(x, y, _pair_count(x, y, 'correlation'))
    spread = _centred_square_sum(x, x_mean) * _centred_square_sum(y, y_mean)
    try:
        return cross / math.sqrt(spread)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x (a line through the origin, intercept 0.0,
    if proportional)."""
    count = _pair_count(x, y, 'linear regression')
    if proportional:
        cross = math.fsum(a * b for a, b in zip(x, y))
        spread = math.fsum(a * a for a in x)
    else:
        x_mean, y_mean, cross = _centred(x, y, count)
        spread = _centred_square_sum(x, x_mean)
    try:
        slope = cross / spread
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)
