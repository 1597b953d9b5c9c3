class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        print("iterating")
        return iter(self.items)
print(2 in Bag(1, 2, 3), 5 in Bag(1))
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), 1 in Gen(), sum(Gen()))
class Indexed:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(20 in Indexed(), 25 in Indexed(), list(reversed([*Indexed()])))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
class Lengthy:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return "xy"[i]
print(list(reversed(Lengthy())))
