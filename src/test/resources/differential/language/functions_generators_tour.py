def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        else:
            i += 1
    return "end"
g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("delegated result", r)
    yield 3
print(list(outer()))
o = outer()
print(next(o), o.send("hello"), next(o))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print([x for _, x in zip(range(10), fib())])
squares = (x * x for x in range(5))
print(sum(squares), list(squares))
print(sum(x for x in range(100) if x % 3 == 0))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
c = closer()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 99
t = thrower()
print(next(t), t.throw(ValueError("boom")))
def gen_stop():
    yield 1
    raise StopIteration
try:
    list(gen_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def counter_closure():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = counter_closure()
inc(); inc()
print(inc())
def deco(tag):
    def wrap(fn):
        def inner(*args, **kwargs):
            return f"{tag}:{fn(*args, **kwargs)}"
        return inner
    return wrap
@deco("x")
def add(a, b=2, *rest, scale=1, **extra):
    return (a + b + sum(rest)) * scale, extra
print(add(1), add(1, 2, 3, 4, scale=2, k="v"))
def kwonly(a, *, b, c=3): return a + b + c
def posonly(a, b, /, c): return a * b * c
print(kwonly(1, b=2), posonly(2, 3, c=4), posonly(*[1, 2], **{"c": 3}))
first, *middle, last = range(6)
print(first, middle, last, [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2],))
print((lambda: 5)(), (lambda *a: a)(1, 2), sorted(["bb", "a", "ccc"], key=len, reverse=True))
x = 10
def use_global():
    global x
    x += 5
use_global()
print(x)
if (n := 7) > 5:
    print("walrus", n)
print([y for x in range(3) if (y := x * 2) > 0])
