# math: results identical to CPython's to the last bit over a thousand pseudo-random arguments for the
# functions CPython computes itself (gamma, lgamma, hypot, dist, fsum, log of big ints) and some it takes
# from libm (erf, pow), printed with repr (the shortest round-trip digits).
import math

state = 12345


def rnd():
    """A 64-bit linear congruential generator: the same numbers on both interpreters, no random module."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) / 2**53


for i in range(1000):
    x = (rnd() - 0.3) * 60
    row = []
    for f in (math.gamma, math.lgamma):
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    a, b, c = (rnd() - 0.5) * 10 ** (rnd() * 20 - 10), (rnd() - 0.5) * 100, rnd() * 1e-3
    row.append(repr(math.hypot(a, b)))
    row.append(repr(math.hypot(a, b, c)))
    row.append(repr(math.dist((a, b), (c, a))))
    row.append(repr(math.fsum([a, b, c, -a, 1e-17, b * 1e10])))
    row.append(repr(math.log(int(abs(a) * 10**30) + 1)))
    row.append(repr(math.log10(2**(i + 1000) + i)))
    row.append(repr(math.erf(b / 20)))
    row.append(repr(math.pow(abs(a), b / 10)) if abs(a) ** (b / 10) < 1e300 else "")
    print(" ".join(row))
