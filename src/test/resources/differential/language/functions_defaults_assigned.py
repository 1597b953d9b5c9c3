# A function's __defaults__ and __kwdefaults__ can be replaced (functools-style decorators and
# namedtuple do it): the next call binds the new values; wrong types get CPython's messages.
def f(a, b=1, *, c=2):
    return a, b, c


print(f.__defaults__, f.__kwdefaults__, f(0))
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f.__defaults__, f.__kwdefaults__, f(0))
f.__defaults__ = (7, 8)
print(f(), f(1))
f.__defaults__ = None
f.__kwdefaults__ = None
for call in (lambda: f(0), lambda: f(0, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for attribute, value in (("__defaults__", [1]), ("__defaults__", 5), ("__kwdefaults__", 5)):
    try:
        setattr(f, attribute, value)
    except TypeError as e:
        print("TypeError:", e)
g = lambda x=5: x
g.__defaults__ = (7,)
print(g(), g.__defaults__, "__defaults__" in g.__dict__)
