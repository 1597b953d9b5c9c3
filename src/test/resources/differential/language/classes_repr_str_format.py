class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return f"P[{format(self.x, spec)}]"
p = P(3.14159)
print(p, repr(p), str(p), [p], f"{p}", f"{p!r}", f"{p:.2f}", format(p, ">8"))
class OnlyRepr:
    def __repr__(self):
        return "R"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "S"
print(OnlyStr(), [OnlyStr()][0].__class__.__name__)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(e)
try:
    format(object(), "d")
except TypeError as e:
    print(e)
print(format(object(), "") .startswith("<object object"))
class NoFormat:
    pass
print(f"{NoFormat()!s}".startswith("<__main__.NoFormat"))
print(ascii("é"), repr("it's"), repr('say "hi"'))
