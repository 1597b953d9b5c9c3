# deque: both ends, maxlen, rotate, indexing, comparisons, errors and repr
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d, d.count('a'), d.index('a'), d.index(2, 2), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.remove('x')
d.insert(1, 'ins')
d[0] = 'first'
del d[-1]
print(d, d.maxlen)
d.reverse()
print(d, d.copy(), d.copy() is d)
d.clear()
print(d, len(d))

bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(9)
bounded.appendleft(-1)
print(bounded)
bounded.extend(range(10, 13))
print(bounded, deque(maxlen=0), deque('abc', 0))
try:
    bounded.insert(0, 1)
except IndexError as e:
    print('IndexError:', e)

print(deque('abc') == deque('abc'), deque('abc') != deque('abd'), deque([1, 2]) < deque([1, 3]),
      deque([1]) == [1], deque([1, 2]) <= deque([1, 2]))
print(deque([1]) + deque([2, 3]), deque('ab') * 2, 2 * deque('ab'), deque('ab') * 0)
e = deque([1])
e += [2, 3]
e *= 2
print(e)
last_three = deque(maxlen=3)
for i in range(10):
    last_three.append(i)
print(last_three, sum(last_three))

nested = deque()
nested.append(nested)
print(nested)

class Named(deque):
    pass
n = Named([1, 2], maxlen=4)
print(n, type(n.copy()).__name__, isinstance(n, deque))
class Stack(deque):
    def __init__(self, items=()):
        super().__init__(items)
        self.label = 'stack'
s = Stack('ab')
print(s.copy(), s.copy().label, s.copy() == s)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque(maxlen=-1),
            lambda: deque([1])['a'], lambda: hash(deque()), lambda: deque([1]) < [1],
            lambda: deque([1]) + [1], lambda: deque(1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

it = iter(deque([1, 2]))
mutated = deque([1, 2])
it = iter(mutated)
next(it)
mutated.append(3)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
