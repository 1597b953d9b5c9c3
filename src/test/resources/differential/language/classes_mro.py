# C3 linearisation, diamond inheritance, and the error for an inconsistent order
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(D.__bases__, A.__bases__, object.__bases__)
class E: pass
class F(D, E): pass
print([k.__name__ for k in F.__mro__])
try:
    class G(A, B): pass
except TypeError as e:
    print(e)
try:
    class H(B, B): pass
except TypeError as e:
    print(e)
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))
print(isinstance(D(), B), isinstance(3, (str, int)))
