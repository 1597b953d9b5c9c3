class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __neg__(self):
        return Money(-self.cents)
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __round__(self, n=None):
        return Money(round(self.cents, -2))
wallet = [Money(150), Money(25), Money(0)]
print(sum(wallet), sum(wallet, Money(5)), max(wallet), min(wallet), sorted(wallet))
print(Money(1) * 3, Money(10) / 3, -Money(5), bool(Money(0)), int(Money(7)), float(Money(250)))
print(round(Money(1260)), [1, 2, 3, 4][Money(1)], Money(5) <= Money(5), Money(2) in {Money(2)})
print(Money(1) == 1, Money(3) != Money(3))
try:
    Money(1) ** 2
except TypeError as e:
    print(e)
try:
    Money(1) > "x"
except TypeError as e:
    print(e)
