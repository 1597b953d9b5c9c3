"""Runnable check of expressions, literals, loops and calls: the model must print what CPython prints."""
import sys
from time import time as now

X = 0x_ff + 0o17 + 0b101 + 1_000 + 2**100 + -1
s = 'a' "b" '''c''' r'\d'
print(X, s, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 10 / 4, ~5, -(-3), +4, not 0)
counter = 0

def f(a, b=2, c=(1, 2)):
    """doc"""
    global counter
    counter += a
    x, y = b, a
    a, b, c = c, b, a
    lst = [i * 2 for i in range(10) if i % 2 if i > 3]
    d = {'k': 1, 'j': [1, 2]}
    d['k'] += 1
    d['j'][0] -= 5
    del d['j']
    total = 0
    for i, v in enumerate(lst):
        if i == 2:
            continue
        elif not v:
            break
        else:
            total += v
    else:
        total = -total
    n = 0
    while True:
        n += 1
        if n > 5:
            break
    return x, y, a, b, c, lst, d, total, n

print(f(1, b=3))
print(f(10))
print(counter)
print(0 < counter < 20, 0 < counter < 5, 1 < 2 > 3, None is None, counter is not None, 3 in [1, 2, 3], 'x' not in 'abc')
print(1 and 2, 0 and 2, 0 or 'z', '' or 0, 1 if counter else 2, [] or [1] and [2])
t = (1, 2, 3, 4, 5)
print(t[1:], t[::-1], t[1:4:2], t[:2], 'hello'[1:3], [1, 2, 3][-1])
name = 'pi'
value = 3.14159
print(f"{name}: {value:.2f} {value!r} {name!r:>6} {value:{8}.{3}} {counter=} {{literal}}")
print('%s is %.1f' % (name, value), 'a' + 'b' * 3)
a, b = 1, 2
a, b = b, a
print(a, b)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(25), fact(30) // fact(28))
big = 9223372036854775807
print(big + 1, -big - 2, big * big)
xs = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        xs.append((i, j))
print(xs, len(xs), sorted([3, 1, 2]), max(1, 5, 3))
d = {'a': 1, 'b': 2}
for k in d:
    print(k, d[k], end=' ')
print()
for ch in 'hi':
    print(ch, end='')
print()
def g(n, acc=0):
    while n > 0:
        n -= 1
        acc += n
    else:
        acc = -acc
    return acc
print(g(10), g(0))
assert counter, "not raised"
if __name__ == '__main__':
    print('main', __name__)
