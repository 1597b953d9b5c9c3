# random: every kind of seed (ints of any size and sign, floats, str/bytes/bytearray in versions 1 and
# 2) gives CPython's sequences; state round trips (version 2 states too), copies, subclasses
# that supply only random() or only getrandbits(), SystemRandom, randrange's deprecated float
# arguments, and a traceback through the module.
import copy
import random
import warnings

SEEDS = [0, 1, 42, -42, 2**32, 2**100 + 7, -(3**50), 0.5, -1.25, 1e300, "", "spam", "h\u00e9llo",
         b"", b"\x00\xffbytes", bytearray(b"ba")]


def draws(r):
    """Values that come from the Mersenne Twister alone, so they must match to the last bit."""
    items = list(range(12))
    r.shuffle(items)
    return [r.random(), r.randrange(10**20), r.randrange(-7, 50, 3), r.randrange(40, -3, -4), r.randint(-5, 5),
            r.choice("abcdefgh"), r.choices(range(9), k=4), r.choices("xyz", [1, 0, 5], k=3),
            r.choices("xyz", cum_weights=[0.5, 1.5, 4], k=3), items, r.sample(range(30), 7),
            r.sample(range(10**7), 5), r.sample("abc", 4, counts=[2, 1, 3]), r.uniform(-2, 3),
            r.triangular(), r.triangular(1, 9, 2), r.getrandbits(77), r.randbytes(6)]


def rounded(r):
    """Values that pass through exp/log/cos/...: CPython's C library and Java may differ in the last bit."""
    values = [r.gauss(), r.gauss(3, 2), r.normalvariate(1, 2), r.lognormvariate(0, 0.5), r.expovariate(2.5),
              r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 1e-9), r.gammavariate(0.4, 1), r.gammavariate(1, 2),
              r.gammavariate(3.5, 1), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2)]
    return [round(v, 9) for v in values]


for seed in SEEDS:
    r = random.Random(seed)
    print(repr(seed), draws(r), rounded(r), r.random())
for text in ["", "abc", b"xy\xfe"]:
    r = random.Random()
    r.seed(text, version=1)
    print("version 1", repr(text), r.random(), r.randrange(1000))

r = random.Random(2024)
r.gauss()
state = r.getstate()
after = [r.random(), r.gauss()]
r.setstate(state)
print(after == [r.random(), r.gauss()], state[0], state[2] is not None)
old = (2, state[1], None)
r.setstate(old)
print(r.random() == random.Random(2024).random() or "state without gauss_next", r.gauss_next)
twin = copy.copy(r)
clone = copy.deepcopy(r)
print(twin.random() == clone.random() == r.random(), type(clone).__name__)


class OnlyRandom(random.Random):
    """Integers then come from random() alone (53 bits at a time)."""

    def random(self):
        return super().random()


class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


for cls in (OnlyRandom, OnlyBits):
    r = cls(7)
    print(cls.__name__, [r.randrange(1000) for _ in range(8)], r.sample(range(50), 4), r.choice("qwerty"))

s = random.SystemRandom(123)
print(0.0 <= s.random() < 1.0, 0 <= s.getrandbits(70) < 2**70, s.getrandbits(0), len(s.randbytes(9)),
      0 <= s.randrange(10) < 10, s.seed(5))
for call in (s.getstate, lambda: s.setstate(None)):
    try:
        call()
    except NotImplementedError as e:
        print("NotImplementedError:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = random.Random(3)
    print(r.randrange(10.0), r.randrange(2, 30.0, 4.0))
    try:
        r.randrange(1.5)
    except ValueError as e:
        print("ValueError:", e)
print([(w.category.__name__, str(w.message)) for w in caught])

random.seed(11)
first = [random.random(), random.randint(1, 6), random.choice("abc")]
random.seed(11)
print(first == [random.random(), random.randint(1, 6), random.choice("abc")], random.random.__self__ is random._inst)
random.randint(10, 1)
