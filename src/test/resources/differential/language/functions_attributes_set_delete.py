# Assigning and deleting a function's special attributes (funcobject.c's getset and member
# descriptors): what reads None afterwards, what refuses, and with which message.
def f(a=1, *, b=2) -> int:
    "doc"
    return a + b


for name in ["__doc__", "__defaults__", "__kwdefaults__", "__annotations__", "__module__", "__name__",
             "__qualname__", "__dict__", "__code__", "__globals__", "__closure__", "__builtins__", "__nosuch__"]:
    try:
        delattr(f, name)
        print("del", name, "->", repr(getattr(f, name, "<missing>")))
    except Exception as e:
        print("del", name, type(e).__name__, e)


def g():
    return 7


def outer():
    x = 1

    def inner():
        return x
    return inner


h = outer()
for name, value in [("__globals__", {}), ("__closure__", None), ("__builtins__", {}), ("__code__", 1),
                    ("__dict__", 1), ("__annotations__", 1), ("__doc__", 5), ("__module__", 3),
                    ("__name__", 4), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 2)]:
    try:
        setattr(g, name, value)
        print("set", name, "->", repr(getattr(g, name)))
    except Exception as e:
        print("set", name, type(e).__name__, e)

g.__code__ = f.__code__
print(g(), g.__name__, g.__code__.co_name)
for target, code in [(h, g.__code__), (g, h.__code__)]:
    try:
        target.__code__ = code
    except ValueError as e:
        print(e)
g.__dict__ = {"tag": "new"}
print(g.tag, g.__dict__)
g.__annotations__ = {"return": str}
del g.__annotations__
print(g.__annotations__)
print(f.__builtins__ is g.__builtins__, type(f.__builtins__).__name__, "len" in f.__builtins__)
