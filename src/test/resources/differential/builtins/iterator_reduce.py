# The built-in iterators' __reduce__ and __setstate__: the reductions at the start, part way, at the end
# and once exhausted, and copy.copy, copy.deepcopy and a pickle round trip of each at several positions,
# which go on from where the original was and leave it where it was.
import copy
import pickle
from collections import deque

from _iterator_reductions import copies, shown, take


class Items:
    # the old sequence protocol: iter() walks __getitem__ until IndexError
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError(i)

    def __eq__(self, other):
        return type(other) is Items

    def __repr__(self):
        return "Items()"


def makers():
    return [
        ("list", lambda: iter([1, 2, 3, 4])),
        ("list_reverse", lambda: reversed([1, 2, 3, 4])),
        ("tuple", lambda: iter((1, 2, 3, 4))),
        ("range", lambda: iter(range(4))),
        ("range_step", lambda: iter(range(3, 40, 9))),
        ("range_reversed", lambda: reversed(range(5, 9))),
        ("str_ascii", lambda: iter("abcd")),
        ("str", lambda: iter("ab\u00e9\u20ac")),
        ("bytes", lambda: iter(b"abcd")),
        ("bytearray", lambda: iter(bytearray(b"abcd"))),
        ("dict_keys", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"})),
        ("dict_values", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"}.values())),
        ("dict_items", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"}.items())),
        ("dict_reversed", lambda: reversed({1: "a", 2: "b", 3: "c", 4: "d"})),
        ("dict_reversed_items", lambda: reversed({1: "a", 2: "b", 3: "c", 4: "d"}.items())),
        ("set", lambda: iter({1, 2, 3, 4})),
        ("frozenset", lambda: iter(frozenset({1, 2, 3, 4}))),
        ("enumerate", lambda: enumerate("abcd", 10)),
        ("zip", lambda: zip([1, 2, 3, 4], "abcdef")),
        ("map", lambda: map(abs, [-1, -2, -3, -4])),
        ("map2", lambda: map(pow, [1, 2, 3, 4], [2, 2, 2, 2])),
        ("filter", lambda: filter(None, [1, 0, 2, 0, 3, 4])),
        ("filter_fn", lambda: filter(str.isalpha, "a1b2c3d")),
        ("reversed", lambda: reversed("abcd")),
        ("reversed_tuple", lambda: reversed((1, 2, 3, 4))),
        ("callable", lambda: iter([5, 6, 7, 8, 0].pop, 5)),
        ("getitem", lambda: iter(Items())),
        ("deque", lambda: iter(deque([1, 2, 3, 4]))),
        ("deque_reversed", lambda: reversed(deque([1, 2, 3, 4]))),
    ]


for label, make in makers():
    for taken in (0, 1, 4, 6):
        it = make()
        took = take(it, taken)
        print(label, taken, took, shown(it.__reduce__()))
        # map's, the callable's and getitem's functions or classes are not picklable by name here
        ways = ("copy", "deepcopy") if label in ("map", "map2", "callable", "getitem") else ("copy", "deepcopy", "pickle")
        # a callable iterator's copy calls the same list's pop: the original finds the list empty after
        results = [(way, list(other), "shares the list" if label == "callable" else list(fresh))
                   for way, fresh, other in copies(make, taken, ways)]
        print("   ", results)

# __setstate__ clips the index into the iterator's range, and an exhausted iterator ignores it
for make, states in ((lambda: iter([1, 2, 3]), (-5, 0, 2, 3, 9)), (lambda: reversed([1, 2, 3]), (-5, -1, 0, 2, 9)),
                     (lambda: iter(range(2, 8, 2)), (-1, 1, 3, 7)), (lambda: iter("xyz"), (-1, 1, 5)),
                     (lambda: reversed("xyz"), (-3, 0, 1, 7)), (lambda: iter(b"xyz"), (-1, 2, 4)),
                     (lambda: iter(Items()), (-2, 3, 9))):
    for state in states:
        it = make()
        it.__setstate__(state)
        print(type(it).__name__, state, shown(it.__reduce__()), list(it))
    done = make()
    list(done)
    done.__setstate__(0)
    print(type(done).__name__, "exhausted", shown(done.__reduce__()), list(done))

# zip(strict=True) keeps its flag through a reduction and __setstate__
z = zip([1, 2], [3, 4], strict=True)
print(shown(z.__reduce__()), list(copy.copy(z)))
z2 = zip([1, 2], [3])
z2.__setstate__(True)
try:
    list(z2)
except ValueError as e:
    print("ValueError", e)

# an exhausted list iterator stays exhausted when the list grows; a fresh one sees the new items
items = [1]
it = iter(items)
print(list(it), items.append(2), list(it), list(iter(items)), shown(it.__reduce__()))
rit = reversed(items)
print(list(rit), items.append(3), list(rit), shown(rit.__reduce__()))

# the deque iterators' types take (deque, index) again
d = deque("abcde")
print(list(type(iter(d))(d, 2)), list(type(reversed(d))(d, 1)), list(type(iter(d))(d, 9)))
print(pickle.loads(pickle.dumps([iter([1, 2]), iter((3, 4))], protocol=0)) and "pickled protocol 0")
its = [iter(range(3)), enumerate("ab")]
print([list(x) for x in pickle.loads(pickle.dumps(its))])
