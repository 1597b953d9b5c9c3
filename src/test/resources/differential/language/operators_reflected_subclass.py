# The right operand's reflected method goes first only when its class (a subclass of the left's)
# defines one of its own; an inherited one waits until the left operand's method has had its turn.
class A:
    def __truediv__(self, o): return 'A.__truediv__'
    def __rtruediv__(self, o): return 'A.__rtruediv__'
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'A.__radd__'
class B(A):
    pass
class C(A):
    def __rtruediv__(self, o): return 'C.__rtruediv__'
print(A() / B(), A() / C(), B() / A(), A() + B(), B() + C())
class I(int):
    def __radd__(self, o): return 'I.__radd__'
class J(I):
    pass
print(1 + I(2), I(1) + J(2), J(1) + I(2))
