class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return isinstance(o, Ver) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f"Ver({self.n})"
a, b = Ver(1), Ver(2)
print(a == b, a != b, a < b, b > a)
print(a == 1)
try:
    a <= b
except TypeError as e:
    print(e)
print(sorted([Ver(3), Ver(1), Ver(2)]))
print(max([Ver(3), Ver(5), Ver(2)]))
class NoEq:
    pass
x = NoEq()
print(x == x, x != NoEq(), x == 1)
try:
    x < x
except TypeError as e:
    print(e)
print(Ver.__hash__)
try:
    hash(a)
except TypeError as e:
    print(e)
print([1, 2] < [1, 3], (1, 2) <= (1, 2), "a" < "b")
try:
    [1] < "a"
except TypeError as e:
    print(e)
print(a in [Ver(0), Ver(1)])
