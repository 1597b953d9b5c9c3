# The first 1,000 values of each function of random after random.seed(12345), one per line as
# "function value": RandomSequencesTest compares them, function by function, with CPython's.
import random

N = 1000


def draws(name, draw):
    random.seed(12345)
    for _ in range(N):
        print(name, repr(draw()))


draws('random', random.random)
draws('randint', lambda: random.randint(-50, 50))
draws('randrange', lambda: random.randrange(0, 10**12, 3))
draws('choice', lambda: random.choice('abcdefghijklmnopqrstuvwxyz'))
draws('choices', lambda: random.choices(range(10), weights=range(1, 11), k=3))
draws('uniform', lambda: random.uniform(-2.5, 7.5))
draws('gauss', lambda: random.gauss(100, 15))
draws('normalvariate', lambda: random.normalvariate(0, 1))
draws('expovariate', lambda: random.expovariate(0.5))
draws('triangular', lambda: random.triangular(0, 10, 3))
draws('betavariate', lambda: random.betavariate(2, 5))
draws('gammavariate', lambda: random.gammavariate(0.7, 2))
draws('lognormvariate', lambda: random.lognormvariate(0, 0.5))
draws('vonmisesvariate', lambda: random.vonmisesvariate(0, 4))
draws('paretovariate', lambda: random.paretovariate(2.5))
draws('weibullvariate', lambda: random.weibullvariate(1, 1.5))
draws('getrandbits', lambda: random.getrandbits(100))


def shuffled():
    deck = list(range(20))
    random.shuffle(deck)
    return deck


draws('shuffle', shuffled)
draws('sample', lambda: random.sample(range(1000), 5))

instance = random.Random(12345)
for _ in range(N):
    print('Random(12345).random', repr(instance.random()))
