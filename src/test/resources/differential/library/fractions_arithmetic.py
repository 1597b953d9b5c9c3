# fractions: exact arithmetic with ints and Fractions, float and complex fallbacks, comparisons,
# hashes equal to int/float hashes, rounding, limit_denominator, and a seeded sweep over many values
import math
import operator
from fractions import Fraction

state = 12345


def draw(limit):
    """A small linear congruential generator, so the sweep is the same everywhere."""
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % (2 * limit + 1) - limit


def fraction():
    return Fraction(draw(10 ** abs(draw(12)) if draw(3) > 0 else 50), abs(draw(40)) + 1)


print(Fraction(), Fraction(3, -6), Fraction(-0.375), Fraction(2 ** 70, 6), repr(Fraction(10, 4)))
print(Fraction(Fraction(1, 3), Fraction(2, 5)), Fraction(True, 2), Fraction(7).numerator, Fraction(7).denominator)
for text in ['3/4', ' -3/4 ', '1_000/3', '1.5e3', '.5', '5.', '-.5E+2', '१२/३', '\t1/3\n', '12.250', '+7', '1e-3']:
    print(repr(text), repr(Fraction(text)))

a, b = Fraction(3, 4), Fraction(-5, 6)
binary = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod,
          divmod, operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
for other in [b, 2, True, 0.5, 1.5 + 2j, Fraction(3, 4)]:
    for op in binary:
        if isinstance(other, complex) and op in (operator.floordiv, operator.mod, divmod, operator.lt,
                                                  operator.le, operator.gt, operator.ge):
            continue
        print(op.__name__, repr(op(a, other)), repr(op(other, a)))
print(a ** 2, a ** -3, b ** -3, a ** 0.5, 2 ** a, 2 ** Fraction(-2),
      Fraction(4) ** Fraction(1, 2), a ** Fraction(2), 1j ** Fraction(2))
print(+b, -b, abs(b), int(b), math.trunc(b), math.floor(b), math.ceil(b), float(b), complex(a), bool(Fraction(0)))
for value in [Fraction(5, 2), Fraction(7, 2), Fraction(-5, 2), Fraction(12345, 1000), Fraction(-1, 3)]:
    print(value, round(value), round(value, 2), round(value, -1), round(value, 0))
for value in [Fraction(1, 2), Fraction(-1, 2), Fraction(10), Fraction(1, 3), Fraction(1, 2 ** 61 - 1), Fraction(-1)]:
    print(value, hash(value), hash(value) == hash(float(value)))
print(Fraction(1, 2) == 0.5, Fraction(1, 2) == 0.5 + 0j, Fraction(1, 3) == 1 / 3, Fraction(1, 2) < float('inf'),
      Fraction(1, 2) == float('nan'), Fraction(1, 2) > float('-inf'), hash(Fraction(7)) == hash(7))
print(Fraction.from_float(0.1), Fraction.from_float(3), Fraction(0.1).limit_denominator(), Fraction(math.pi).limit_denominator(100),
      Fraction(3, 7).limit_denominator(7), Fraction(-355, 113 * 10 ** 6 + 1).limit_denominator(1000))
print(Fraction(7, 3).as_integer_ratio(), Fraction(1, 3).__reduce__()[1], str(Fraction(4, 2)), str(Fraction(-4, 6)))


class Half(Fraction):
    pass


print(repr(Half(1, 2)), type(Half(1, 2) + 1).__name__, type(+Half(1, 2)).__name__)

# The sweep: exact arithmetic checked against int arithmetic, and every result printed as a checksum.
checksum = 0
for _ in range(400):
    x, y = fraction(), fraction()
    results = [x + y, x - y, x * y, x < y, x == y, hash(x), round(x), math.floor(x), x.limit_denominator(7)]
    if y:
        results += [x / y, x // y, x % y]
    assert (x + y) * x.denominator * y.denominator == x.numerator * y.denominator + y.numerator * x.denominator
    checksum = (checksum * 31 + hash(tuple(results))) % 2 ** 61
print('sweep checksum', checksum)
