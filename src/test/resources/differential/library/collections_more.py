# collections beyond the basics: subclass hooks, views, copies, unions, multiset comparisons,
# in-place Counter arithmetic, ChainMap's layers, namedtuple's generated parts and recursive reprs
import copy
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, defaultdict, namedtuple


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


# defaultdict
d = defaultdict(list, [('a', [1])], b=[2])
d['c'].append(3)
print(d, d.get('zz'), 'zz' in d, d.__missing__('m'), d['m'])
attempt('no factory', lambda: defaultdict().__missing__('q'))
attempt('factory keyword', lambda: defaultdict(default_factory=list))
attempt('copy', lambda: (d.copy(), type(copy.copy(d)).__name__, copy.deepcopy(d) == d))
attempt('reduce', lambda: d.__reduce__()[:2])
attempt('reduce none', lambda: defaultdict().__reduce__()[:2])
attempt('ror', lambda: {'x': 1} | defaultdict(int, {'y': 2}))
u = defaultdict(int)
u |= {'k': 4}
print(u, u.default_factory, defaultdict(None).default_factory)
loop = defaultdict(list)
loop['self'] = loop
print(loop)


class Grouper(defaultdict):
    pass


print(Grouper(set), type(Grouper(int).copy()).__name__)

# OrderedDict
class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print('  set', key, value)
        super().__setitem__(key, value)


log = Logged([('a', 1)], b=2)
log.update({'c': 3}, d=4)
log.setdefault('e', 5)
log.setdefault('a', 99)
log |= {'f': 6}
print(log, Logged.fromkeys('xy', 0))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('c', last=False)
od.move_to_end('a')
print(list(od), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print('b' in od.keys(), ('b', None) in od.items(), od.keys() == set('abcde'), od.keys() & {'a', 'z'})
print(od.popitem(last=False), od.pop('b'), od.pop('zz', 'dflt'), od)
attempt('init two', lambda: OrderedDict({}, {}))
attempt('self keyword', lambda: OrderedDict(self=1, other=2))
attempt('bad pair', lambda: OrderedDict([('a', 1, 2)]))
attempt('not iterable', lambda: OrderedDict(5))
attempt('ror', lambda: {'z': 0, 'a': 1} | OrderedDict(a=2))
attempt('or non-dict', lambda: OrderedDict().__or__([]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1},
      OrderedDict(a=1) != OrderedDict(a=1), OrderedDict(a=1).__eq__(5))
nest = OrderedDict(k=1)
nest['me'] = nest
print(nest, copy.deepcopy(OrderedDict(x=[1])), copy.copy(log) == log)

# Counter
c = Counter(a=3, b=1)
attempt('le', lambda: (c <= Counter(a=3, b=2), c < c, c >= Counter(a=1), c > Counter(a=3, b=1, z=0)))
attempt('lt dict', lambda: c < {'a': 5})
attempt('eq dict', lambda: (Counter(a=1) == {'a': 1}, Counter(a=1, z=0) == Counter(a=1)))
attempt('add dict', lambda: c + {'a': 1})
attempt('most_common', lambda: (Counter('abbccc').most_common(1), Counter('aabb').most_common(-2)))
attempt('most_common float', lambda: Counter('ab').most_common(1.5))
attempt('elements float', lambda: list(Counter(a=1.0).elements()))
attempt('unorderable repr', lambda: Counter({1: 'a', 2: 3}))
attempt('strings', lambda: Counter({'x': 'a', 'y': 'b'}))
attempt('init two', lambda: Counter('a', 'b'))
attempt('iterable keyword', lambda: Counter(iterable=2, self=1))
attempt('reduce', lambda: Counter('aab').__reduce__())


class Bag(Counter):
    pass


b = Bag(a=3, c=-1)
b |= Counter(a=1, d=2)
print(type(b).__name__, b, type(Bag('x') + Bag('y')).__name__, type(-Bag(a=-1)).__name__)
b = Bag(a=3, c=0)
b &= Counter(a=1, d=2)
print(b)
b = Bag(a=3)
b -= Counter(a=1, z=4)
print(b)
b += Counter(z=-1, q=2)
print(b, +Counter(a=1, b=0, c=-2), -Counter(a=1, b=0, c=-2))
attempt('iadd int', lambda: Counter().__iadd__(3))
s = Counter('abc')
s.subtract(Counter(a=2), b=1)
s.update(None)
print(s, s.total(), sorted(s.elements()))

# ChainMap
cm = ChainMap({'a': 1}, Counter(b=2), defaultdict(int, c=3))
print(cm['a'], cm['b'], cm['zz'], cm.get('zz', 'none'), len(cm), list(cm), 'c' in cm)
attempt('pop missing', lambda: cm.pop('b'))
attempt('pop default', lambda: cm.pop('b', 'dflt'))
attempt('popitem', lambda: (cm.popitem(), cm.popitem()))
attempt('del missing', lambda: cm.__delitem__('b'))
attempt('new_child', lambda: cm.new_child({'n': 1}, k=2))
attempt('new_child kw', lambda: cm.new_child(m=2).maps[0])
attempt('fromkeys', lambda: ChainMap.fromkeys('ab', 0))
attempt('or', lambda: ChainMap({'a': 1}, {'b': 2}) | {'b': 3})
attempt('ror', lambda: {'b': 3, 'z': 0} | ChainMap({'a': 1}, {'b': 2}))
attempt('or int', lambda: ChainMap().__or__(1))
child = ChainMap({'x': 1}, {'y': 2})
twin = child.copy()
twin['x'] = 10
twin |= {'w': 0}
print(child, twin, twin.parents, bool(ChainMap({}, {})), ChainMap({'a': 1}) == {'a': 1})
child.maps[0]['loop'] = child
print(child)


class Missing(ChainMap):
    def __missing__(self, key):
        return key.upper()


print(Missing({'a': 1})['zz'], Missing().get('q'))

# UserDict / UserList details
class Plain(UserDict):
    def __init__(self, *args, **kwargs):
        self.note = 'kept'
        super().__init__(*args, **kwargs)


p = Plain(a=1)
q = p.copy()
q['b'] = 2
print(q, q.note, p, copy.copy(p).data is p.data, UserDict.fromkeys('ab', 0), UserDict(dict=1))
attempt('udict two', lambda: UserDict({}, {}))
attempt('udict or', lambda: (UserDict(a=1) | UserDict(b=2), {'z': 0} | UserDict(a=1)))
ul = UserList([3, 1, 2])
attempt('ulist add', lambda: (ul + (4,), (0,) + ul, ul + UserList([9])))
attempt('ulist add int', lambda: ul + 5)
ul *= 2
ul[1:3] = UserList(['x'])
print(ul, ul[::2], type(ul[::2]).__name__, UserList(UserList('ab')), copy.copy(ul).data is ul.data)
attempt('ulist pop', lambda: UserList().pop())
attempt('ulist remove', lambda: UserList([1]).remove(2))

# namedtuple
Point = namedtuple('Point', 'x, y', defaults=[0])
p = Point(1)
print(p, Point._field_defaults, Point.__new__.__defaults__, Point.__doc__, Point.__new__.__doc__)
print(Point.__new__.__qualname__, Point._replace.__qualname__, Point.__repr__.__doc__,
      Point._asdict.__doc__, Point._replace.__doc__, Point.__getnewargs__.__doc__)
print(Point.x.__doc__, Point.__slots__, Point.__match_args__, p.__getnewargs__(), copy.copy(p),
      copy.deepcopy(Point([1], 2)), Point(**{'x': 5, 'y': 6}))
attempt('set field', lambda: setattr(p, 'x', 3))
attempt('del field', lambda: delattr(p, 'y'))
attempt('multiple values', lambda: Point(1, x=2))
attempt('replace many', lambda: p._replace(a=1, b=2))
attempt('make long', lambda: Point._make(range(3)))
attempt('make iter', lambda: Point._make(iter('ab')))
attempt('non-string names', lambda: namedtuple('T', [1, 2]))
attempt('int typename', lambda: namedtuple(5, 'a'))
attempt('rename', lambda: namedtuple('T', ['a', 'def', '1', 'a', '_b'], rename=True)._fields)
attempt('no fields', lambda: (namedtuple('E', ' ')(), namedtuple('E', [])._fields))
attempt('iter defaults', lambda: namedtuple('T', 'a b', defaults=iter([7]))(1))
attempt('field_names None', lambda: namedtuple('T', None))
Key = namedtuple('Key', ['name'], module='somewhere')
print(Key('k'), Key.__module__, Key.__qualname__, Key._fields, {Key('a'): 1}[('a',)])

Pair = namedtuple('Pair', 'left right')
pair = Pair([], None)
pair.left.append(pair)
print(pair, isinstance(Pair, type), issubclass(Pair, tuple), Pair.__bases__, Pair._fields)
