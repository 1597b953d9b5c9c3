"""Pseudo-random numbers: the GIL Lab model's random module.

Mirrors the behaviour of CPython 3.11's Lib/random.py; written for the model from the documentation
and from experiments with python3, not copied. The Mersenne Twister itself is _random (Java here, C
in CPython); everything below is Python so that it runs under the model's GIL as CPython's does.

Seeded sequences must be CPython's, value for value, so every method consumes the generator in the
same order and amounts as CPython's: integers come from rejection sampling over getrandbits (or
over random() for subclasses that only supply random()), and each distribution uses the method the
documentation names, with the arithmetic done in the same order so that floats round the same way.
"""

import _random
from math import (acos as _acos, cos as _cos, e as _e, exp as _exp, floor as _floor,
                  isfinite as _isfinite, log as _log, pi as _pi, sin as _sin, sqrt as _sqrt)
from math import tau as TWOPI
from os import urandom as _entropy
from _operator import index as _as_index
from itertools import accumulate as _running_totals
from _bisect import bisect_right as _bisect
from _collections_abc import Sequence as _SequenceABC
from _sha512 import sha512 as _sha512_of
import warnings as _warnings

__all__ = [
    "Random",
    "SystemRandom",
    # methods of a hidden shared instance, offered as functions
    "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
    "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate",
    "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

# Public constants CPython's module exposes (same values, bit for bit).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)   # Kinderman-Monahan's 4 e^-1/2 / sqrt 2
LOG4 = _log(4.0)
SG_MAGICCONST = _log(4.5) + 1.0
BPF = 53                 # a double's mantissa bits
RECIP_BPF = 2 ** -BPF

# randrange() tells "no step given" from step=1 by identity, as CPython's does.
_ONE = 1

_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
_WORD64 = (1 << 64) - 1


def _string_seed_v1(text):
    """The integer Python 2.x derived from a str/bytes seed (seed(a, version=1))."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        acc = (acc * 1000003 ^ code) & _WORD64
    return acc ^ len(text)


def _randrange_int(value, name):
    """randrange()'s argument conversion in 3.11: an integer-valued non-int (3.0) is still taken,
    with a DeprecationWarning; anything else warns that it will become a TypeError and fails."""
    try:
        return _as_index(value)
    except TypeError:
        whole = int(value)
        if whole != value:
            _warnings.warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % name)
        _warnings.warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
              'and will be removed in a subsequent version', DeprecationWarning, 3)
        return whole


class Random(_random.Random):
    """Random number generator base class used by the module-level functions.

    Subclass it to use another core generator: override random(), seed(), getstate() and
    setstate(), and getrandbits() too for ranges wider than 53 bits.
    """

    VERSION = 3     # the layout of getstate()'s result

    def __init__(self, x=None):
        """Seed the generator from x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize the generator from a: None (system entropy or the time), an int, a
        float, or str/bytes/bytearray (version 2 uses all of their bits)."""
        textual = isinstance(a, (str, bytes, bytearray))
        if textual and version == 1 and not isinstance(a, bytearray):
            a = _string_seed_v1(a)
        elif textual and version == 2:
            # The text and its SHA-512 digest, read as one big-endian integer.
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512_of(data).digest(), 'big')
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's internal state, for setstate()."""
        twister = super().getstate()
        return self.VERSION, twister, self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        if state[0] not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (state[0], self.VERSION))
        version, internalstate, self.gauss_next = state
        if version == 2:
            # Python 2 could store the twister's words as negative or long ints.
            internalstate = tuple(word % (1 << 32) for word in internalstate)
        super().setstate(internalstate)

    # copy and pickle go through the state, like CPython's.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        """Choose how a subclass draws integers: it keeps its own _randbelow if it has one,
        uses getrandbits() if it defines that, and falls back to random() alone otherwise."""
        for klass in cls.__mro__:
            defined = vars(klass)
            if '_randbelow' in defined:
                return
            if 'getrandbits' in defined:
                cls._randbelow = Random._randbelow_with_getrandbits
                return
            if 'random' in defined:
                cls._randbelow = Random._randbelow_without_getrandbits
                return

    # -- integers ------------------------------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n): draw n.bit_length() bits until the value fits."""
        bits = n.bit_length()
        draw = self.getrandbits
        candidate = draw(bits)
        while candidate >= n:
            candidate = draw(bits)
        return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone: reject the top sliver of [0, 1) that would bias
        the result, scale to 53-bit integers and reduce modulo n."""
        draw = self.random
        if n >= maxsize:
            _warnings.warn(
                "Underlying random() generator does not supply \n"
                "enough bits to choose from a population range this large.\n"
                "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        u = draw()
        while u >= cutoff:
            u = draw()
        return _floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random item of range(start, stop[, step]), without building the range."""
        istart = _randrange_int(start, "arg 1")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _randrange_int(stop, "stop")
        width = istop - istart
        istep = _randrange_int(step, "step")
        if istep == 1:
            if width > 0:
                return self._randbelow(width) + istart
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep == 0:
            raise ValueError("zero step for randrange()")
        count = -(-width // istep)      # len(range(istart, istop, istep)), unbounded
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b+1)

    # -- sequences -----------------------------------------------------------------------------

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        # len(), not "if not seq": NumPy arrays refuse truth testing.
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements chosen from the population sequence, in selection order;
        counts repeats each element that many times without building the repeated list."""
        if not isinstance(population, _SequenceABC):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            bounds = list(_running_totals(counts))
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            slots = self.sample(range(total), k=k)
            return [population[_bisect(bounds, slot)] for slot in slots]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        picked = []
        if n <= _pool_limit(k):
            # Few candidates: draw from a shrinking pool, moving the last one into each hole.
            pool = list(population)
            for left in range(n, n - k, -1):
                j = below(left)
                picked.append(pool[j])
                pool[j] = pool[left - 1]
        else:
            # Many candidates: draw indexes, drawing again on a repeat.
            taken = set()
            for _ in range(k):
                j = below(n)
                while j in taken:
                    j = below(n)
                taken.add(j)
                picked.append(population[j])
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, uniformly or by (cumulative) weights."""
        draw = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = n - 1    # a draw landing on the total itself still picks the last element
        return [population[_bisect(cum_weights, draw() * total, 0, top)] for _ in range(k)]

    # -- real-valued distributions -------------------------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the midpoint by default)."""
        u = self.random()
        if mode is None:
            split = 0.5
        else:
            try:
                split = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u <= split:
            return low + (high - low) * _sqrt(u * split)
        # The upper part, measured down from high.
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio-of-uniforms method)."""
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller: each pair of draws yields two values, the second
        kept for the next call (so this is not thread-safe, as in CPython)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its natural log is normal(mu, sigma)."""
        normal = self.normalvariate(mu, sigma)
        return _exp(normal)

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1/mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: an angle in [0, 2*pi) around mu with concentration kappa
        (Best and Fisher's method)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (r + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        cos_theta = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _acos(cos_theta)) % TWOPI
        return (mu - _acos(cos_theta)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta, both > 0."""
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        if alpha > 1.0:
            return _gamma_cheng(draw, alpha) * beta
        return _gamma_ahrens_dieter(draw, alpha) * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _pool_limit(k):
    """sample()'s switch: up to this population size a pool copy beats a set of taken indexes.
    CPython's 21 + 4 ** ceil(log4(3k)) for k > 5, in integers (3k is never a power of 4)."""
    if k <= 5:
        return 21
    return 21 + (1 << 2 * (((3 * k).bit_length() + 1) // 2))


def _gamma_cheng(draw, alpha):
    """Gamma(alpha, 1) for alpha > 1: R.C.H. Cheng's rejection method (GB, 1977)."""
    spread = _sqrt(2.0 * alpha - 1.0)
    offset = alpha - LOG4
    slope = alpha + spread
    while True:
        u = draw()
        if not 1e-7 < u < 0.9999999:
            continue
        w = 1.0 - draw()
        v = _log(u / (1.0 - u)) / spread
        x = alpha * _exp(v)
        q = u * u * w
        t = offset + slope * v - x
        if t + SG_MAGICCONST - 4.5 * q >= 0.0 or t >= _log(q):
            return x


def _gamma_ahrens_dieter(draw, alpha):
    """Gamma(alpha, 1) for alpha < 1: Ahrens and Dieter's GS algorithm."""
    bound = (_e + alpha) / _e
    while True:
        p = bound * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if draw() <= _exp(-x):
                return x
        else:
            x = -_log((bound - p) / alpha)
            if draw() <= x ** (alpha - 1.0):
                return x


class SystemRandom(Random):
    """Random numbers from os.urandom(): no state, so no seed, getstate or setstate."""

    def random(self):
        """A float in [0, 1) from 53 fresh bits."""
        return self.getrandbits(BPF) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_entropy(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _entropy(n)

    def seed(self, *args, **kwds):
        """Does nothing: the entropy source takes no seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = _notimplemented
    setstate = _notimplemented


# The module-level functions are the bound methods of one shared generator.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
