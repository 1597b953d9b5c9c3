"""Descriptive statistics: the GIL Lab model's statistics module.

Behaves as CPython 3.11's Lib/statistics.py does (its documentation and its observed behaviour are
the specification); written for the model, not copied. The averages and spreads that CPython
computes exactly do so here too: the data are summed as exact ratios, the result is rounded once
and returned in the data's own type (ints give a float when the result is not whole), and stdev and
pstdev are correctly rounded square roots of that exact variance. fmean, geometric_mean and the
two-variable functions work in floats with math.fsum, as CPython's do, so they agree to the bit.
Decimal data give Decimal results (stdev and pstdev correctly rounded to the current context).
NormalDist's inverse CDF is Wichura's algorithm AS241, its polynomials evaluated in CPython's order so
that the floats agree.
"""

import math
import numbers
import sys
from collections import namedtuple
from fractions import Fraction
from math import fabs

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
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


# ---- the normal distribution ------------------------------------------------------------------

def _mean_and_stdev(data):
    """from_samples' (mean, sample standard deviation) as floats, from one exact pass; a NaN or an
    infinity among the data gives the non-finite sum and that sum over itself, as CPython's do."""
    _, count, tops, squared_tops, nonfinite = _tally(data, True)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    if nonfinite is not None:
        return float(nonfinite), float(nonfinite) / float(nonfinite)
    total = _fraction_total(tops, False)
    spread = (_fraction_total(squared_tops, True) - total * total / count) / (count - 1)
    return float(total / count), _sqrt_of_ratio(spread.numerator, spread.denominator)


def _horner(coefficients, r):
    """The polynomial with these coefficients (highest power first) at r, multiplied out from the
    highest power down as AS241's nested expressions are."""
    value = coefficients[0]
    for coefficient in coefficients[1:]:
        value = value * r + coefficient
    return value


# Wichura (1988), "Algorithm AS241: The Percentage Points of the Normal Distribution", Applied
# Statistics 37(3), 477-484: rational approximations for the centre (|p - 0.5| <= 0.425), the
# near tails (r <= 5) and the far tails, each as (numerator, denominator) coefficients.
_AS241_CENTRE = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
     1.2704582524523683826e+0, 3.6478483247632046050e+0, 5.7694972214606914055e+0,
     4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
     1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
     2.0531916266377588219e+0, 1.0))
_AS241_FAR = (
    (2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
     2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
     5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
     5.9983220655588793769e-1, 1.0))


def _standard_normal_quantile(p):
    """The z with P(Z <= z) = p for the standard normal Z, by AS241."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRE
        return _horner(top, r) * q / _horner(bottom, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r, (top, bottom) = r - 1.6, _AS241_NEAR
    else:
        r, (top, bottom) = r - 5.0, _AS241_FAR
    z = _horner(top, r) / _horner(bottom, r)
    return -z if q < 0.0 else z


_ROOT2 = math.sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    # CPython's slots carry docstrings: a dict of name to doc, which the member descriptors show
    __slots__ = dict(_mu='Arithmetic mean of a normal distribution',
                     _sigma='Standard deviation of a normal distribution')

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        mu, sigma = _mean_and_stdev(data)
        return cls(mu, sigma)

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        import random
        source = random if seed is None else random.Random(seed)
        return [source.gauss(self._mu, self._sigma) for _ in range(n)]

    @staticmethod
    def _needs_spread(spread, what):
        if not spread:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self.variance
        self._needs_spread(variance, 'pdf')  # a tiny sigma's square may be zero
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        self._needs_spread(self._sigma, 'cdf')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        "Inverse cumulative distribution function: the x with P(X <= x) = p."
        if p <= 0.0 or p >= 1.0:  # a NaN passes, as in CPython
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        "Divide into *n* continuous intervals with equal probability."
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        "The overlapping coefficient (OVL) of two normal distributions, between 0.0 and 1.0."
        # Inman and Bradley (1989): the densities cross at most twice, at the roots of a quadratic;
        # the overlap is one less the differences of the two CDFs there.
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        narrow_var, wide_var = narrow.variance, wide.variance
        if not narrow_var or not wide_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = wide_var - narrow_var
        dm = fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * narrow._sigma * _ROOT2))
        a = narrow._mu * wide_var - wide._mu * narrow_var
        b = narrow._sigma * wide._sigma * math.sqrt(dm * dm + dv * math.log(wide_var / narrow_var))
        gap = sum(fabs(wide.cdf(x) - narrow.cdf(x)) for x in ((a + b) / dv, (a - b) / dv))
        return 1.0 - gap

    def zscore(self, x):
        "How many standard deviations x lies above (or below) the mean."
        self._needs_spread(self._sigma, 'zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc="Arithmetic mean of the normal distribution.")
    median = property(lambda self: self._mu, doc="Return the median of the normal distribution")
    mode = property(lambda self: self._mu, doc="Return the mode of the normal distribution")
    stdev = property(lambda self: self._sigma, doc="Standard deviation of the normal distribution.")
    variance = property(lambda self: self._sigma * self._sigma, doc="Square of the standard deviation.")

    def _shifted(self, other, sign):
        # a NormalDist adds its mean and its variance (independent variables); a number moves the mean
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + sign * other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other if sign > 0 else self._mu - other, self._sigma)

    def __add__(self, other):
        "Add a constant or another NormalDist instance."
        return self._shifted(other, 1)

    def __sub__(self, other):
        "Subtract a constant or another NormalDist instance."
        return self._shifted(other, -1)

    def __mul__(self, factor):
        "Multiply both mu and sigma by a constant."
        return NormalDist(self._mu * factor, self._sigma * fabs(factor))

    def __truediv__(self, divisor):
        "Divide both mu and sigma by a constant."
        return NormalDist(self._mu / divisor, self._sigma / fabs(divisor))

    def __pos__(self):
        "Return a copy of the instance."
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        "Negates mu while keeping sigma the same."
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        "Subtract a NormalDist from a constant or another NormalDist."
        return -(self - other)

    def __eq__(self, other):
        "Two NormalDist objects are equal if their mu and sigma are both equal."
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __hash__(self):
        "NormalDist objects hash equal if their mu and sigma are both equal."
        return hash((self._mu, self._sigma))

    # pickling, as the slots leave no __dict__
    def __setstate__(self, state):
        self._mu, self._sigma = state

    def __getstate__(self):
        return self._mu, self._sigma
