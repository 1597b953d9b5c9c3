def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list is false"
except AssertionError as e:
    print(e)
assert (1, "tuple is truthy")
assert 1 == 2, "final"
