# A pool's function need not be a plain function: pickle sends a functools.partial, an instance with
# __call__, operator's itemgetter, attrgetter and methodcaller, a classmethod and a built-in type by
# what their __reduce__ gives, and the worker calls what it rebuilt. A lambda is still refused.
import operator
import pickle
from functools import partial
from multiprocessing import Pool


def power(x, exp):
    return x ** exp


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Parser:
    @classmethod
    def parse(cls, text):
        return cls.__name__, int(text)


if __name__ == "__main__":
    split_once = operator.methodcaller("split", ",", maxsplit=1)
    print(split_once.__reduce__()[1], pickle.loads(pickle.dumps(split_once))("a,b,c"))
    print(pickle.loads(pickle.dumps(operator.itemgetter(1, 0)))("xy"),
          pickle.loads(pickle.dumps(operator.attrgetter("real", "imag")))(2 + 3j))
    with Pool(2) as pool:
        print(pool.map(partial(power, exp=3), range(5)))
        print(pool.map(Multiplier(4), range(5)))
        print(pool.map(operator.itemgetter(1), [(1, "a"), (2, "b")]))
        print(pool.map(operator.attrgetter("imag"), [1j, 2j]))
        print(pool.map(split_once, ["a,b,c", "d,e"]))
        print(pool.map(operator.methodcaller("upper"), ["x", "y"]))
        print(pool.map(Parser.parse, ["1", "2"]))
        print(pool.map(str, [1, 2]), pool.apply(partial(divmod, 17), (5,)))
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(" at 0x")[0])
        try:
            pool.apply(5, (1,))
        except TypeError as e:
            print("TypeError:", e)
