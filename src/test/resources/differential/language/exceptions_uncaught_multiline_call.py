def combine(a, b, c):
    return a + b + c
x = combine(
    1,
    "two",
    3,
)
