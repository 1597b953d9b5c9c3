def f(a: int, b: "str" = "x") -> bool:
    "doc of f"
    return True
print(f.__doc__, f.__annotations__, f.__module__, f.__defaults__)
f.custom = 42
print(f.custom, f.__dict__)
print(type(f).__name__, callable(f))
def g():
    pass
print(g.__doc__, g.__annotations__, g.__kwdefaults__)
print(g() is None)
def h(x):
    y = x
    z = y
    return z
c = h.__code__
print(c.co_name, c.co_argcount, c.co_varnames, c.co_nlocals)
print(c.co_names, c.co_stacksize)
def k(items):
    return len(str.upper(items[0])) + max(1, 2, 3, 4)
print(k.__code__.co_names, k.__code__.co_stacksize)
print(f.__globals__ is globals())
