"""Every construct of the GIL Lab subset, for compiler tests (compiles; not meant to run)."""
import sys, time as t
from threading import Thread, Lock as L

X = 0x_ff + 0o17 + 0b101 + 1_000 + 2**100 + 1.5e3 + -1
s = 'a' "b" '''c''' r'\d'
def f(a, b=2, c=(1, 2)):
    """doc"""
    global X
    X += a
    x, y = b, a
    a, b, c = c, b, a
    lst = [i * 2 for i in range(10) if i % 2 if i > 3]
    d = {'k': 1, 'j': [1, 2]}
    d['k'] += 1
    f.n += 1
    del d['j'], x
    for i, v in enumerate(lst):
        if i == 2:
            continue
        elif not v:
            break
        else:
            pass
    else:
        y = 3
    while True:
        with open('x') as fh, open('y'):
            if fh:
                return fh
            break
    assert a > 0, f"a={a!r:>10} {b:.{c}f} {a=}"
    return a if b else c and d or not X

print(f(1, b=3), sys.argv[1:], s[::2], s[1:2:3])
if 0 < X <= 10 and X is not None or X not in [1]:
    raise ValueError("bad")
