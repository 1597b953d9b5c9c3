# Counts made at run time (not small cached ints) passed where itertools and deque take an int:
# the model once freed such an int it had only borrowed.
import itertools
from collections import deque

n = int("2000")
print(sum(1 for _ in itertools.repeat(None, n)), sum(1 for _ in itertools.repeat(None, n)), n)
print(len(list(itertools.islice(itertools.count(), n))), n + 1)
print([sum(1 for _ in t) for t in itertools.tee(range(n), int("3"))], n)
print(len(list(itertools.product("ab", repeat=int("3")))), len(deque(range(n), maxlen=n // 2)), n)


class Index:
    def __index__(self):
        return int("300")


print(sum(1 for _ in itertools.repeat(0, Index())), len(list(itertools.islice(range(n), Index()))))
