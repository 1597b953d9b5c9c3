# itertools' types count their positional arguments as Argument Clinic does ("cycle expected 1 argument,
# got 0"); chain.from_iterable is METH_O and tee names its module when refusing keywords.
import itertools


def attempt(call):
    try:
        print("ok", call())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: itertools.cycle())
attempt(lambda: itertools.cycle([1], [2]))
attempt(lambda: itertools.cycle([1], x=1))
attempt(lambda: itertools.dropwhile(bool))
attempt(lambda: itertools.takewhile(bool, [], []))
attempt(lambda: itertools.filterfalse())
attempt(lambda: itertools.islice([1]))
attempt(lambda: itertools.islice([1], 1, 2, 3, 4))
attempt(lambda: itertools.pairwise())
attempt(lambda: itertools.starmap(pow))
attempt(lambda: itertools.tee())
attempt(lambda: itertools.tee([], 2, 3))
attempt(lambda: itertools.tee([], n=2))
attempt(lambda: itertools.chain.from_iterable())
attempt(lambda: itertools.chain.from_iterable([[1]], [[2]]))
attempt(lambda: list(itertools.chain.from_iterable([[1], [2]])))
