# Counter: counting, most_common's order, arithmetic, comparisons and repr
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
c.update('aaz')
c.update({'q': 5})
c.update(x=2)
print(c)
c.subtract('aaaa')
c.subtract({'q': 10})
print(c)
del c['q']
del c['not there']
print(c, +c, -c)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2, b=1),
      Counter(a=1) < Counter(a=1), a != b, Counter() == {})
x = Counter(a=5, b=-2)
x += Counter(b=3)
print(x)
x -= Counter(a=10)
print(x)
y = Counter(a=1, b=5)
y |= Counter(a=4)
y &= Counter(a=2, b=2)
print(y, Counter(), repr(Counter(a=0)))
print(Counter({'x': 2, 'y': 1}).copy(), dict(Counter('aab')), isinstance(Counter(), dict))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
class Tally(Counter):
    pass
print(Tally('hello'), Tally('aab').most_common(1))
print(Counter([1, 'a', 1]).most_common())
