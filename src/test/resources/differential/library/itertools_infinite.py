# count, cycle and repeat: values, reprs, and how they end when sliced
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), c)
c = count(10, 3)
print(list(islice(c, 4)), c)
print(list(islice(count(1.5, 0.5), 3)), count(0, 1.0), count(-2))
try:
    count('a')
except TypeError as e:
    print('TypeError:', e)

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(islice(cycle([]), 3)))

r = repeat('x', 3)
print(r, list(r), r)
print(list(repeat(None, 0)), list(repeat(1, -5)))
print(repeat(7), list(islice(repeat(7), 2)))
print(list(map(pow, range(5), repeat(2))))
print(r.__length_hint__(), repeat(1, 4).__length_hint__())
