def leaky():
    yield 1
    raise StopIteration("inside")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    list(next_in_gen())
except RuntimeError as e:
    print(e)
def ok():
    it = iter([1])
    try:
        yield next(it)
        yield next(it)
    except StopIteration:
        return
print(list(ok()))
def gen_return():
    return 5
    yield
g = gen_return()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
