# __slots__ names are mangled like attribute names: "__b" in class _K is stored as "_K__b".
class _K:
    __slots__ = ("a", "__b", "__c__")

    def __init__(self):
        self.a = 1
        self.__b = 2
        self.__c__ = 3

    def b(self):
        return self.__b


k = _K()
print(k.a, k.b(), k._K__b, k.__c__, sorted(n for n in vars(_K) if not n.startswith("__") or n == "__c__"))
try:
    k.__b = 5
except AttributeError as e:
    print("AttributeError", e)
