class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return True
    def __gt__(self, other):
        print("B.__gt__")
        return "B-gt"
print(A() == B())
print(A() < B())
print(A() != B())
class C(A):
    def __eq__(self, other):
        print("C.__eq__")
        return "C wins"
print(A() == C())
try:
    A() < A()
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __repr__(self):
        return f"Num({self.v})"
print(3 > Num(2), Num(1) < 2, sorted([Num(3), Num(1)]))
print([Num(1)] == [Num(1)], Num(1) == Num(1))
