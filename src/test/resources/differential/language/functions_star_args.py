def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], *(4,), k=5, **{"m": 6}))
def g(a, b, *rest, c, d=4, **others):
    return a, b, rest, c, d, others
print(g(1, 2, c=3))
print(g(1, 2, 3, 4, c=5, d=6, e=7))
print(g(*range(4), **{"c": 0, "z": 1}))
args = (1,)
kwargs = {"b": 2, "c": 3}
print(g(*args, **kwargs))
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(*"12", 3) if False else h(*[1, 2], 3), h(**{"c": 1, "b": 2, "a": 3}), h(1, *(2,), **{"c": 3}))
print(max(*[3, 1, 2]), print(*["a", "b"], sep="-"))
def only_kwargs(**kw):
    return sorted(kw.items())
print(only_kwargs(**{"x": 1}, y=2, **{"z": 3}))
try:
    only_kwargs(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    h(**{1: 2})
except TypeError as e:
    print(e)
try:
    h(*5)
except TypeError as e:
    print(e)
try:
    h(**[1])
except TypeError as e:
    print(e)
