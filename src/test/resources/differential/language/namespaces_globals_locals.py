x = 1
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    print("x" in globals(), "c" in globals())
    return locals()
print(f(5))
globals()["made"] = "via globals()"
print(made)
class K:
    attr = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    def m(self):
        pass
print(sorted(k for k in vars(K) if not k.startswith("__")))
k = K()
k.inst = 2
print(vars(k), vars(k) is k.__dict__)
try:
    vars(5)
except TypeError as e:
    print(e)
def closure():
    captured = "c"
    def inner():
        return sorted(locals())
    def reads():
        captured
        return sorted(locals())
    return inner(), reads()
print(closure())
print(type(globals()).__name__, globals() is vars())
