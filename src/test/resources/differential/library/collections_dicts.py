# defaultdict, OrderedDict and ChainMap
from collections import defaultdict, OrderedDict, ChainMap

groups = defaultdict(list)
for word in ['apple', 'bat', 'bar', 'atom', 'book']:
    groups[word[0]].append(word)
print(groups, dict(groups), groups.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts['zz'], 'zz' in counts, len(counts))
plain = defaultdict(None, {'a': 1})
print(plain)
try:
    plain['missing']
except KeyError as e:
    print('KeyError:', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], isinstance(nested, dict), defaultdict(int, a=1, b=2) if False else defaultdict(int, {'a': 1}))
copy = groups.copy()
copy['z'].append('zoo')
print(type(copy).__name__, 'z' in groups, copy['z'])
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
print(defaultdict(list, {'a': [1]}) | {'b': [2]})

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('missing')
except KeyError as e:
    print('KeyError:', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, dict(x) == dict(y), x == {'b': 2, 'a': 1}, x != y, OrderedDict(), OrderedDict.fromkeys('ab', 0))
print(x.copy(), x | {'c': 3}, isinstance(x, dict))

base = {'colour': 'red', 'size': 'M'}
user = {'colour': 'blue'}
settings = ChainMap(user, base)
print(settings['colour'], settings['size'], settings.get('weight', 'none'), len(settings), list(settings))
settings['size'] = 'L'
print(user, base, settings)
child = settings.new_child({'colour': 'green'})
print(child['colour'], child.parents, child.maps[0], 'size' in child)
try:
    del settings['missing']
except KeyError as e:
    print('KeyError:', e)
print(ChainMap(), bool(ChainMap({})), dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
