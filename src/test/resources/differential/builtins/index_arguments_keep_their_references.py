# Methods that take an int through operator.index borrow an int argument: a big one (not a cached small
# int) built just for the call must survive it, and so must a constant used again later.
import itertools
import random

r = random.Random(1)
print(len(r.randbytes(1000)), r.getrandbits(8 * 100).bit_length() <= 800)
n = 300
for _ in range(3):
    print(len(list(itertools.permutations("ab", n))), len(list(itertools.combinations("abc", n))))
print(n, 10 ** 3 + 1, r.getrandbits(1000 + 24) >= 0)
