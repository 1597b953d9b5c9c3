def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally of g")
for x in g():
    print(x)
    break
print("after loop")
it = g()
next(it)
del it
print("after del")
def h():
    try:
        yield
    finally:
        print("h closed")
def make():
    x = h()
    next(x)
    return "returned"
print(make())
