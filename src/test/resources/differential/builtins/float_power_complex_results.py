# A negative float to a fractional power is complex (float_pow hands it to complex_pow), and int @ int
# is a TypeError, not a NotImplemented that leaks out as the value.
import math

print((-8) ** (1 / 3))
print((-2) ** 0.5, (-2.0) ** 0.5, (-1.5) ** -0.5, pow(-8.0, 1 / 3), pow(-27, 2 / 3))
x = -4.0
x **= 0.5
print(x, type(x).__name__)
print((-1) ** 0.5 == 1j, abs((-1) ** 0.5 - 1j) < 1e-15)
# the edges float_pow answers itself, before the complex case
print((-math.inf) ** 0.5, (-math.inf) ** 1.5, (-1.0) ** math.nan, (-2.0) ** math.inf, (-0.5) ** math.inf, (-1.0) ** -math.inf)
print((-2.0) ** 2.0, (-2.0) ** -1.0, (-0.0) ** 0.5)
try:
    (-1e300) ** 0.5001 ** -1
except OverflowError as e:
    print('OverflowError', e)
try:
    pow(-8.0, 0.5, 3)
except TypeError as e:
    print('TypeError', e)


def matmul(a, b):
    try:
        return a @ b
    except TypeError as e:
        return 'TypeError: %s' % e


print(matmul(3, 4), matmul(True, 2), matmul(2 ** 70, 1), matmul(1.5, 2), matmul(1j, 1j))
y = 3
try:
    y @= 4
except TypeError as e:
    print('TypeError', e)


class Vector(int):
    def __matmul__(self, other):
        return 'Vector @ %r' % other

    def __rmatmul__(self, other):
        return '%r @ Vector' % other


class Plain(int):
    pass


print(Vector(2) @ 3, 3 @ Vector(2), Plain(1) @ Vector(2), matmul(Plain(1), Plain(2)))
n = 5
n @= Vector(1)
print(n)
