def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__, add.__wrapped__(5))
def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def first(fn):
    print("applying first")
    return lambda: "first(" + fn() + ")"
def second(fn):
    print("applying second")
    return lambda: "second(" + fn() + ")"
@first
@second
def base():
    return "base"
print(base())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Widget:
    pass
print(registry, Widget.registered)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
@lambda f: f()
def immediately():
    return "ran at definition"
print(immediately)
