# random.seed(n) gives CPython's sequences: the integer and sequence functions exactly, the
# distributions rounded (Java's Math and C's libm may differ in a last digit)
import random

random.seed(2024)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(100) for _ in range(5)], random.randrange(-10, 10), random.randrange(0, 1000, 25),
      random.randrange(50, 0, -7), random.randrange(10**30), random.randrange(3, 4))
print(random.choice(['rock', 'paper', 'scissors']), random.choice(range(1000)), random.choice((1,)))
deck = [rank + suit for suit in 'SHDC' for rank in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
print(random.sample(deck, 5), random.sample(range(10**9), 4), random.sample(range(30), 25)[:5])
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices('abc', k=8), random.choices('abc', [10, 1, 1], k=8),
      random.choices(range(5), cum_weights=[1, 1, 3, 3, 10], k=6), random.choices([], k=0))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33),
      random.getrandbits(64), random.getrandbits(200), random.getrandbits(0))
print(random.uniform(10, 20), random.triangular(), random.triangular(1, 3, 1.5), random.triangular(2, 2))
for name, args in [('gauss', (0, 1)), ('gauss', (10, 2)), ('normalvariate', (0, 1)), ('expovariate', (2,)),
                   ('betavariate', (2, 3)), ('gammavariate', (0.5, 1)), ('gammavariate', (1, 1)),
                   ('gammavariate', (5, 2)), ('lognormvariate', (0, 1)), ('vonmisesvariate', (0, 0)),
                   ('vonmisesvariate', (1, 3)), ('paretovariate', (2,)), ('weibullvariate', (1, 2))]:
    print(name, args, [round(getattr(random, name)(*args), 9) for _ in range(3)])
random.seed(-2024)
print(random.random(), random.randint(0, 10**6))
random.seed(0)
print(random.random())
random.seed(2**64 + 12345)
print(random.random())
random.seed(1.5)
print(random.random())
random.seed(True)
print(random.random())
