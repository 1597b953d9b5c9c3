# groupby's groups share one iterator; tee's copies share one buffer
from itertools import count, groupby, tee, islice

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, ', '.join(group))
print(list(groupby([])))

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
def source():
    for i in range(3):
        print('read', i)
        yield i
p, q = tee(source())
print(next(p), next(p))
print(next(q), list(q), list(p))
c1, c2 = tee(iter([1, 2, 3]))
c3, c4 = tee(c1)
print(c3 is c1, list(c3), list(c4), list(c2))
try:
    tee('a', -1)
except ValueError as e:
    print('ValueError:', e)
print(type(a).__name__, type(a).__module__, hasattr(a, '__copy__'), type(groupby('')).__name__, repr(count))
