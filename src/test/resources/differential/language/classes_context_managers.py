class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with CM("outer") as o, CM("inner") as i:
    print(o, i)
def early():
    with CM("ret"):
        return "returned"
print(early())
for n in range(3):
    with CM(str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
