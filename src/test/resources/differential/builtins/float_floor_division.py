# float // and % as CPython computes them: the quotient from (x - fmod(x, y)) / y, so 1.0 // 0.1 is 9.0,
# and zero results signed as CPython signs them.
cases = [(1.0, 0.1), (-1.0, 0.1), (1.0, -0.1), (7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-0.0, 5.0),
         (0.0, -5.0), (0.0, 5.0), (-0.0, -5.0), (6.0, 3.0), (-6.0, 3.0), (1e300, 1e-300), (5.0, float("inf")),
         (-5.0, float("inf")), (0.3, 0.1), (2.0 ** 53, 3.0), (10, 0.3), (-10, 0.3)]
for x, y in cases:
    print(x, y, x // y, x % y, divmod(x, y))
for bad in ((1.0, 0.0), (1.0, -0.0)):
    for op in (lambda a, b: a // b, lambda a, b: a % b, divmod):
        try:
            op(*bad)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
