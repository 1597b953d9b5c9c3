# Random instances, their state, subclasses, and the errors of the functions
import random

a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), [a.randint(1, 9) for _ in range(5)] == [b.randint(1, 9) for _ in range(5)])
state = a.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
a.seed(7)
b.seed(7)
a.gauss()
a.setstate(b.getstate())
print(a.random() == b.random(), a.gauss_next, b.gauss_next)
c = random.Random()
c.setstate(random.Random(99).getstate())
print(c.random() == random.Random(99).random(), type(c).__name__, isinstance(c, random.Random))
print(random.Random(5).choice('xyz'), random.Random(5).sample(range(10), 3), random.Random(5).getrandbits(10))

class Fixed(random.Random):
    """A subclass with its own random(): integers then come from random() alone."""
    def random(self):
        return 0.75
f = Fixed()
print(f.randrange(10), f.randint(1, 4), f.choice('abcd'), f.random())
class Bits(random.Random):
    def getrandbits(self, k):
        return k  # k bits asked for: 4 for randrange(10), 2 for randrange(3)
print(Bits().randrange(10), Bits().randrange(3))

for call in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
             lambda: random.randrange(10, 1), lambda: random.randint(5, 1), lambda: random.choice([]),
             lambda: random.sample(range(3), 4), lambda: random.sample(range(3), -1), lambda: random.sample({1, 2}, 1),
             lambda: random.choices('ab', [1], k=2), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
             lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', 3), lambda: random.getrandbits(-1),
             lambda: random.gammavariate(0, 1), lambda: random.seed([1]), lambda: random.Random().setstate((3, (1,), None)),
             lambda: random.Random().setstate((9, (), None)), lambda: random.sample(['a'], counts=[1, 2], k=1),
             lambda: random.randrange("a"), lambda: random.shuffle((1, 2)),
             lambda: random.sample(['a'], counts=[0], k=1)]:
    try:
        call()
        print('no error')
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(sorted(random.__all__) == sorted(n for n in random.__all__ if hasattr(random, n)))
