sq = lambda x: x * x
print(sq(4), sq.__name__, (lambda: 1)(), (lambda *a, **k: (a, k))(1, b=2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: -p[0]))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5) + "!")
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
print((lambda x, y=2, *, z=3: x + y + z)(1, z=10))
nested = lambda x: (lambda y: x + y)
print(nested(1)(2))
print(repr(sq).startswith("<function <lambda> at"))
