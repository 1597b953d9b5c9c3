# decimal with statistics and fractions: Decimal data give Decimal means, variances and correctly rounded
# standard deviations; Fraction takes a Decimal exactly
import statistics
from decimal import Decimal as D
data = [D('1.5'), D('2.25'), D('3.1'), D('4')]
for f in [statistics.mean, statistics.median, statistics.fmean, statistics.variance, statistics.stdev, statistics.pvariance, statistics.harmonic_mean, statistics.geometric_mean, statistics.mode]:
    try: print(f.__name__, repr(f(data)))
    except Exception as e: print(f.__name__, type(e).__name__, e)
from fractions import Fraction
try: print(Fraction(D('1.25')), Fraction.from_decimal(D('0.5')))
except Exception as e: print(type(e).__name__, e)
import statistics as s
print(repr(s.pstdev([D(1), D(3)])), repr(s.pstdev([D('1.0'), D('3.0')])), repr(s.stdev([D(1), D(2), D(3)])), repr(s.pstdev([D(5)])), repr(s.pstdev([D(1), D(2)])))
print(repr(s.mean([D('0.1')] * 3 + [1])), repr(s.median([D(1), D(2)])), Fraction(D('-1.25E+3')), Fraction.from_decimal(D('0.001')), Fraction(1, 3) == D(1) / 3)
for bad in [D('NaN'), D('-Infinity'), 1.5]:
    try: print(Fraction.from_decimal(bad))
    except Exception as e: print(type(e).__name__, e)
