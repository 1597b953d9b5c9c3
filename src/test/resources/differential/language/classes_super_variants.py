class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
    @staticmethod
    def sm():
        return "B>" + super(B, B).sm()
    def lam(self):
        f = lambda: super(B, self).who()
        return f()
    def comp(self):
        return [super(B, self).who() for _ in range(2)]
print(B().who(), B.cm(), B.sm(), B().lam(), B().comp())
class C(B):
    pass
print(C().who(), C.cm())
print(super(B, B()).who(), super(A, B()).__class__.__name__)
try:
    super(B, A()).who()
except TypeError as e:
    print(e)
try:
    super()
except RuntimeError as e:
    print(e)
class D:
    def m(self):
        def inner():
            return super().m
        return inner()
try:
    D().m()
except RuntimeError as e:
    print(e)
s = super(B, B())
print(repr(s).startswith("<super: <class 'B'>, <B object"))
