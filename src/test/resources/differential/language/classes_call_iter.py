class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (self.n + x) * times
a = Adder(2)
print(a(3), a(3, times=2), callable(a), callable(Adder), callable(3))
try:
    a()
except TypeError as e:
    print(e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("x", x)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
it = iter(Seq())
print(next(it), next(it))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 1
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __len__(self):
        return len(self.items)
b = Box([1, 2])
print(1 in b, 3 not in b, len(b))
print(sum(Countdown(4)), max(Seq()), sorted(Countdown(3)))
print(dict(zip(Seq(), Countdown(4))))
