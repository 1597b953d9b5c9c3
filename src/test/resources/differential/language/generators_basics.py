def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(list(g), list(g))
print(sum(count(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(iter(f) is f)
def with_locals():
    x = yield
    y = yield x * 2
    yield x + y
w = with_locals()
next(w)
print(w.send(5), w.send(10))
def empty():
    return
    yield
print(list(empty()))
gen = (x * x for x in range(5))
print(next(gen), list(gen))
def running():
    yield g_self.gi_running
g_self = running()
print(g_self.gi_running, next(g_self))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)
