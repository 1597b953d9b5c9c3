class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xy)
try:
    l.other
except AttributeError as e:
    print("AE", e)
print(getattr(l, "missing", "default"))
print(hasattr(l, "xz"), hasattr(l, "q"))
class Tracing:
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
    def method(self):
        return "m"
t = Tracing()
t.value = 5
print(t.value)
print(t.secret)
print(t.method())
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "frozen":
            raise AttributeError("cannot set frozen")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
g = Guard()
g.a = 1
try:
    g.frozen = 2
except AttributeError as e:
    print(e)
del g.a
try:
    del g.a
except AttributeError as e:
    print(e)
print(vars(g))
setattr(g, "b", 3)
delattr(g, "b")
try:
    getattr(g, "nothing")
except AttributeError as e:
    print(e)
try:
    getattr(g, 5)
except TypeError as e:
    print(e)
