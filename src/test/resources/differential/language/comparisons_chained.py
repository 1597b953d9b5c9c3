def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0, 1 < x != 4)
print(1 in [1, 2] in [[1, 2]], "a" not in "bcd")
print(None is None is not False)
print([] == [] is not None, (1, 2) < (1, 3) <= (1, 3))
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
a, b, c = Cmp(1), Cmp(2), Cmp(0)
print(a < b < c)
print(1 < 2.5 < 3, True < 2, "a" < "b" < "c")
try:
    1 < "a" < 2
except TypeError as e:
    print(e)
