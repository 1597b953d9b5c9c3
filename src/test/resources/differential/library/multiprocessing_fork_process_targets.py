# Under fork a Process's target is never pickled: lambdas, closures (even recursive ones) and a
# partial of a lambda all run in the child. A Pool's tasks are pickled, fork or not.
import functools
import multiprocessing as mp


def outer():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact


def make_adder(k):
    return lambda x: x + k


class Worker(mp.Process):
    def __init__(self, q, fn):
        super().__init__()
        self.q, self.fn = q, fn

    def run(self):
        self.q.put(self.fn(5))


if __name__ == "__main__":
    q = mp.Queue()
    for fn in (make_adder(10), functools.partial(lambda a, b: a * b, 3), outer()):
        w = Worker(q, fn)
        w.start()
        print(q.get())
        w.join()
    scale = 7
    p = mp.Process(target=lambda: q.put(scale * 6))
    p.start()
    print(q.get())
    p.join()
    print(w.exitcode, p.exitcode)
    try:
        with mp.Pool(1) as pool:
            pool.map(make_adder(1), [1])
    except AttributeError as e:
        print("AttributeError:", e)
