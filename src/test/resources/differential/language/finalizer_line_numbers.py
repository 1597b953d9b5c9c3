# The line a finalizer sees when a rebinding, a del or a return frees an object: the line of that
# store or del (the eval loop stores its position first), and for a function's locals dropped at its
# return, the caller's line, as CPython clears a frame after popping it.
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        import sys
        f = sys._getframe(1)
        print("del", self.n, "at line", f.f_lineno, f.f_code.co_name)
x = D(1)
print("a")
x = None
print("b")
y = D(2)
print("c")
del y
print("d")
def f():
    z = D(3)
    print("e")
    z = 5
    print("f")
    w = D(4)
    print("g")
    del w
    print("h")
    v = D(5)
    print("i")
    return 1
f()
d = {"k": D(6)}
print("j")
d["k"] = 0
print("k")
lst = [D(7)]
print("l")
lst.pop()
print("m")
D(8)
print("n")
