# product, permutations, combinations and combinations_with_replacement, in CPython's order
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', range(2), repeat=2))[:5], len(list(product('ab', range(2), repeat=2))))
print(list(product()), list(product('ab', [])), list(product(repeat=0)))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations('AB', 0)), list(permutations([])))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)),
      list(combinations_with_replacement('', 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
for bad in [lambda: permutations('ab', -1), lambda: combinations('ab', -1), lambda: product('a', repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
try:
    combinations('abc')
except TypeError as e:
    print('TypeError:', e)
