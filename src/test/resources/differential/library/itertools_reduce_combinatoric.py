# copy, deepcopy and pickle of partly consumed product, permutations, combinations,
# combinations_with_replacement, groupby (and its groups) and tee, as CPython 3.11 still allows
# through their __reduce__/__setstate__; then the states __setstate__ clips or refuses.
import copy
import itertools
import pickle


def parity(x):
    return x % 2


def resumed(name, it, take):
    for _ in range(take):
        next(it)
    shallow, deep = copy.copy(it), copy.deepcopy(it)
    pickled = pickle.loads(pickle.dumps(it))
    print(name, list(shallow), list(deep) == list(pickled), list(it))
    print("  reduced after:", type(it).__reduce__(it))


resumed("product", itertools.product("ab", range(2)), 2)
resumed("product repeat", itertools.product([1, 2], repeat=2), 1)
resumed("product empty pool", itertools.product("ab", ""), 0)
resumed("permutations", itertools.permutations("abc", 2), 2)
resumed("permutations r>n", itertools.permutations("ab", 3), 0)
resumed("combinations", itertools.combinations(range(4), 2), 2)
resumed("cwr", itertools.combinations_with_replacement("ab", 2), 1)
print(itertools.product().__reduce__(), itertools.permutations("abc", 2).__reduce__())
it = itertools.permutations("abc")
next(it)
print(it.__reduce__())

for state in [(5, 5), (-1, 0), (0, 1), (1, 0)]:
    it = itertools.combinations_with_replacement("abc", 2)
    it.__setstate__(state)
    print("cwr", state, list(it))
    it = itertools.combinations("abcd", 2)
    it.__setstate__(state)
    print("comb", state, list(it))
    it = itertools.product("abc", "xy")
    it.__setstate__(state)
    print("prod", state, list(it))
it = itertools.permutations("abc", 2)
it.__setstate__(((9, -1, 1), (9, 0)))
print("perm", list(it))
for bad in [(1,), 5, ((1, 2), (1, 1)), ("a", 1)]:
    for make in (lambda: itertools.product("ab", "cd"), lambda: itertools.permutations("abc", 2),
                 lambda: itertools.combinations("abc", 2)):
        try:
            make().__setstate__(bad)
        except (TypeError, ValueError) as e:
            print("setstate", bad, type(e).__name__, e)

g = itertools.groupby("aabbbc")
print(type(g.__reduce__()[1][0]).__name__, g.__reduce__()[1][1])
key, group = next(g)
print(g.__reduce__()[2], group.__reduce__()[1][1])
print("groupby copy:", [(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])
print("groupby left:", [(k, list(v)) for k, v in g])
g = itertools.groupby([1, 1, 2, 3, 3], key=parity)
key, group = next(g)
both = pickle.loads(pickle.dumps((g, group)))
print("group first:", list(both[1]), [(k, list(v)) for k, v in both[0]])
next(g)
print("old group:", group.__reduce__(), list(group))
for bad in [(1, 2), 5]:
    try:
        g.__setstate__(bad)
    except TypeError as e:
        print("groupby setstate", bad, e)
try:
    itertools._grouper(1, 2)
except TypeError as e:
    print(e)

a, b = itertools.tee(iter(range(130)))
for _ in range(60):
    next(a)
r = a.__reduce__()
print(r[0], r[1], type(r[2][0]).__name__, r[2][1])
link = r[2][0].__reduce__()
print(link[0], type(link[1][0]).__name__, len(link[1][1]), link[1][2])
c = pickle.loads(pickle.dumps(a))
d = copy.deepcopy(b)
print(next(c), len(list(c)), next(d), len(list(d)))
for _ in range(57):
    next(b)
print(b.__reduce__()[2][1], next(b), b.__reduce__()[2][1])
a, b = itertools.tee("abcdef")
next(a)
next(a)
a2, b2 = pickle.loads(pickle.dumps((a, b)))
print(list(a2), list(b2), list(a), list(b))
x, = itertools.tee([], 1)
for bad in [(1, 2), (r[2][0], 99), 5]:
    try:
        x.__setstate__(bad)
    except (TypeError, ValueError) as e:
        print("tee setstate", type(e).__name__, e)
