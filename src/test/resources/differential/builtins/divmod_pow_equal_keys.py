# divmod() dispatches as binary operators do (__divmod__, then __rdivmod__, else TypeError); 0, 1 and -1
# to exponents too big to compute; dict and set keys of a class whose __eq__ says it equals an int or str
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, other):
        if isinstance(other, int):
            return divmod(self.cents, other)
        return NotImplemented

    def __rdivmod__(self, other):
        if isinstance(other, int):
            return ("r", divmod(other, self.cents))
        return NotImplemented


class Declines:
    def __divmod__(self, other):
        return NotImplemented

    __rdivmod__ = __divmod__


print(divmod(Money(250), 100), divmod(1000, Money(300)), divmod(7, 2), divmod(-7.5, 2), divmod(True, 3))
for a, b in [(Money(1), 1.5), (1.5, Money(1)), (Declines(), 1), (1, Declines()), (1j, 1), ("a", 1)]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(e)
for a, b in [(1, 0), (1.0, 0.0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(e)
print(int.__divmod__(7, 2), float.__rdivmod__(2.0, 7.0), int.__divmod__(7, 2.0))

print(1 ** 9999999990, (-1) ** 9999999991, (-1) ** 9999999990, 0 ** 9999999990, 0 ** 0, pow(1, 10 ** 20))


class Alias:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return self.value == (other.value if isinstance(other, Alias) else other)

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return "Alias(%r)" % (self.value,)


d = {Alias(1): "alias first", 1: "int second"}
print(len(d), d, d[1], d[Alias(1)], 1 in d)
d = {1: "int first", Alias(1): "alias second"}
print(len(d), d)
d = {Alias("k"): 1, "k": 2, Alias(2.5): 3, 2.5: 4}
print(len(d), d, "k" in d, 2.5 in d)
s = {Alias(3), 3, "x", Alias("x")}
print(len(s), sorted(map(repr, s)), 3 in {Alias(3)}, Alias(3) in {3}, "x" in {Alias("x")})
print({Alias(1): 0} == {1: 0}, [1] == [Alias(1)], (Alias(1),) == (1,))
