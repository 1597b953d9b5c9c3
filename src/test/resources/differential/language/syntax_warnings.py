# SyntaxWarnings CPython's compiler prints before the program runs
x = "a"
if x is "a":
    print("identity of equal literals is an implementation detail")
print(x is not 1, None is None, x is ...)
def f():
    return (1)(2) if False else "no call made"
print(f())
print([(1, 2) (3)] if False else "tuple call not made")
print([1, 2][0], "abc"[1], (1, 2)[0])
print(["ab" [1]] if True else 0)
print(5 [0] if False else "int not subscripted")
print({1, 2} [0] if False else "set not subscripted")
print((1, 2)["x"] if False else "tuple index not made")
assert (x, "always true")
assert (x, "always true")
print("done")
