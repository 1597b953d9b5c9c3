# the iterators that filter or transform one input, and the order they consume it in
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, islice,
                       pairwise, starmap, takewhile, zip_longest)


print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))

print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain.from_iterable(['xy', 'z'])), list(chain()))
def gen():
    print('gen starts')
    yield 'g'
ch = chain([0], gen())
print(next(ch), 'then', next(ch))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))

def noisy(n):
    for i in range(n):
        print('produce', i)
        yield i
t = takewhile(lambda x: x < 2, noisy(5))
print(list(t), list(t))

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABC', None)), list(islice('ABC', 1, None, None)))
it = iter(range(10))
print(list(islice(it, 3, 5)), next(it))
for bad in [(-1,), (1, -2), ('a',), (0, 5, 0), (0, 5, -1)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print('ValueError:', e)

print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda a, b: a + b, [[1, 2], 'ab'])))
try:
    list(starmap(abs, [5]))
except TypeError as e:
    print('TypeError:', e)

print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', range(3))), list(zip_longest()))
try:
    zip_longest('a', fill=1)
except TypeError as e:
    print('TypeError:', e)
