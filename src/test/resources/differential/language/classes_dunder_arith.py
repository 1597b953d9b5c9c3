class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return V(o + self.x)
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x if isinstance(o, V) else o
        return self
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return self
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __truediv__(self, o):
        return V(self.x / o)
    def __floordiv__(self, o):
        return V(self.x // o)
    def __mod__(self, o):
        return V(self.x % o)
    def __pow__(self, o, mod=None):
        return V(pow(self.x, o, mod))
    def __rpow__(self, o):
        return V(o ** self.x)
    def __matmul__(self, o):
        return self.x * o.x
    def __lshift__(self, n):
        return V(self.x << n)
    def __and__(self, o):
        return V(self.x & o)
    def __or__(self, o):
        return V(self.x | o)
    def __xor__(self, o):
        return V(self.x ^ o)
a = V(3)
print(a + V(4), a + 1, 1 + a, a * 2, 2 * a, -a, +a, abs(V(-2)), ~a)
print(a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5), 2 ** a, a @ V(5), a << 2, a & 1, a | 4, a ^ 1)
b = a
b += 10
print(a, b, a is b)
b += V(1)
print(b)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
class OnlyAdd:
    def __add__(self, o):
        return "added"
c = OnlyAdd()
c += 1
print(c)
class Sub(V):
    def __radd__(self, o):
        return "Sub.radd wins"
print(V(1) + Sub(2))
