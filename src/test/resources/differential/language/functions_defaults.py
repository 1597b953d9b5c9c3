def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2, 3), f(3, c=[]))
print(f.__defaults__[0], len(f.__defaults__))
def g(x=print("default evaluated once") or 5):
    return x
print(g(), g(1))
def kw(*, a, b=2):
    return a + b
print(kw(a=1), kw(a=1, b=5), kw.__kwdefaults__)
n = 10
def late(v=n):
    return v
n = 20
print(late())
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
print(f.__name__, f.__qualname__, f.__code__.co_argcount, f.__code__.co_varnames[:3])
