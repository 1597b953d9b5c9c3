def kwonly(a, *, b, c):
    pass
def kwdef(*, x=1):
    pass
def posonly(a, b, /, c):
    pass
def mixed(a, /, b, *, c):
    pass
cases = [
    lambda: kwonly(1),
    lambda: kwonly(1, b=2),
    lambda: kwonly(1, 2, 3),
    lambda: kwonly(1, 2, b=3, c=4),
    lambda: kwdef(1),
    lambda: kwdef(y=2),
    lambda: posonly(a=1, b=2, c=3),
    lambda: posonly(1, b=2, c=3),
    lambda: posonly(1, 2),
    lambda: mixed(1, 2, 3),
    lambda: mixed(a=1, b=2, c=3),
    lambda: mixed(1, b=2),
    lambda: mixed(1, 2, c=3, d=4),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
def ok(a, b=2, /, c=3, *, d=4, **kw):
    return a, b, c, d, kw
print(ok(1), ok(1, 2, 3, d=5, a=6, b=7))
print(posonly(1, 2, c=3), mixed(1, b=2, c=3))
