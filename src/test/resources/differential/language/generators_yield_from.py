def sub(n):
    for i in range(n):
        got = yield i
        if got:
            print("sub got", got)
    return f"sub({n}) done"
def delegator():
    r1 = yield from sub(2)
    print(r1)
    r2 = yield from sub(1)
    print(r2)
    yield from [10, 20]
    yield from "ab"
    return "all done"
g = delegator()
print(next(g), g.send("hello"), next(g), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("result", e.value)
def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner caught KeyError")
        yield "recovered"
    finally:
        print("inner finally")
def outer():
    yield from inner()
    yield "outer tail"
o = outer()
print(next(o), o.throw(KeyError), next(o))
o2 = outer()
next(o2)
o2.close()
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(e)
