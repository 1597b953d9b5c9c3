"""Runnable check of with-blocks left by break, continue and return, comprehensions, keyword calls, del and augmented assignment: the model must print what CPython prints."""
import threading
lock = threading.Lock()
log = []

def work(n):
    for i in range(n):
        with lock:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
    with lock:
        return len(log)

print(work(5), log, lock.locked())

def inner_return():
    while True:
        with lock as held:
            return held
print(inner_return(), lock.locked())

def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 5]), first_even([1]))

squares = [x * x for x in range(5)]
pairs = [(x, y) for x in range(3) for y in 'ab' if x != 1]
print(squares, pairs)
def kw(a, b=10, c=20):
    return a + b * c
print(kw(1), kw(1, 2), kw(1, c=3), kw(a=2, b=1, c=1))
v = [5, 6, 7]
del v[0]
print(v)
del v
def local_import():
    import time
    from threading import Lock as L
    return time.time() > 0 and L is not None
print(local_import())
count = 0
def bump():
    global count
    count += 1
x = [0, 0]
x[1] += 5
class_like = {'n': 0}
class_like['n'] += 2
for _ in range(3):
    bump()
print(count, x, class_like)
w = 3
w **= 2
w //= 2
w %= 3
w <<= 3
w |= 1
w ^= 2
w &= 7
w >>= 1
print(w)
assert w == 1, f"w is {w}"
