def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(unbound())
def nonlocal_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2()
        l2()
    l1()
    return a
print(nonlocal_chain())
def cell_in_loop():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return [f() for f in funcs]
print(cell_in_loop())
def deleted():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(e)
deleted()
