# itertools' __reduce__ and __setstate__ (Python 3.11 still has them): count, repeat, cycle, chain,
# accumulate, compress, dropwhile, takewhile, filterfalse, islice, starmap and zip_longest reduce at the
# start, part way and exhausted; copy.copy, deepcopy and a pickle round trip go on from there.
import itertools
import operator

from _iterator_reductions import copies, shown, take


def makers():
    return [
        ("count", lambda: itertools.count(5, 2), 4),
        ("count_ints", lambda: itertools.count(3), 4),
        ("count_float", lambda: itertools.count(1.5), 4),
        ("count_float_step", lambda: itertools.count(0, 0.5), 4),
        ("repeat", lambda: itertools.repeat("r", 3), None),
        ("repeat_forever", lambda: itertools.repeat("r"), 4),
        ("cycle", lambda: itertools.cycle("abc"), 8),
        ("chain", lambda: itertools.chain("ab", [1, 2], ()), None),
        ("chain_from_iterable", lambda: itertools.chain.from_iterable(["ab", "cd"]), None),
        ("accumulate", lambda: itertools.accumulate([1, 2, 3, 4]), None),
        ("accumulate_mul", lambda: itertools.accumulate([1, 2, 3, 4], operator.mul), None),
        ("accumulate_initial", lambda: itertools.accumulate([1, 2, 3], initial=100), None),
        ("compress", lambda: itertools.compress("abcdef", [1, 0, 1, 1, 0, 1]), None),
        ("dropwhile", lambda: itertools.dropwhile(operator.not_, [0, 0, 1, 0, 2]), None),
        ("takewhile", lambda: itertools.takewhile(bool, [1, 2, 0, 3]), None),
        ("filterfalse", lambda: itertools.filterfalse(None, [0, 1, 0, 2, 0]), None),
        ("filterfalse_fn", lambda: itertools.filterfalse(operator.not_, [0, 1, 0, 2, 0]), None),
        ("islice", lambda: itertools.islice("abcdefgh", 1, 7, 2), None),
        ("islice_stop", lambda: itertools.islice("abcdefgh", 3), None),
        ("islice_open", lambda: itertools.islice("abcdefgh", 2, None), None),
        ("starmap", lambda: itertools.starmap(pow, [(2, 3), (3, 2), (10, 1)]), None),
        ("zip_longest", lambda: itertools.zip_longest("abc", [1], fillvalue="-"), None),
        ("zip_longest_none", lambda: itertools.zip_longest("ab", "xyz"), None),
    ]


def rest(it, limit):
    return list(it) if limit is None else take(it, limit)


for label, make, limit in makers():
    for taken in (0, 1, 3, 9):
        it = make()
        print(label, taken, take(it, taken), shown(it.__reduce__()))
        results = [(way, rest(other, limit), rest(fresh, limit)) for way, fresh, other in copies(make, taken)]
        print("   ", results)

# __setstate__ of the ones that have it
c = itertools.cycle("xyz")
c.__setstate__((["p", "q"], True))
print(take(c, 6), shown(c.__reduce__()))
ch = itertools.chain("ab")
ch.__setstate__((iter(["s1", "s2"]), iter("uv")))
print(list(ch))
d = itertools.dropwhile(bool, [1, 0, 2])
d.__setstate__(True)
print(list(d))
t = itertools.takewhile(bool, [1, 2, 3])
t.__setstate__(1)
print(list(t))
z = itertools.zip_longest("ab", "c")
z.__setstate__("*")
print(list(z))
a = itertools.accumulate([1, 2, 3])
a.__setstate__(10)
print(list(a))
s = itertools.islice("abcdef", 0, 6, 2)
s.__setstate__(1)
print(list(s))
for bad in (lambda: ch.__setstate__(5), lambda: ch.__setstate__(([1],)), lambda: c.__setstate__(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
