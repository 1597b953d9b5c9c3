# A forked worker's main module is __main__, as in the parent: its classes and functions say so in
# reprs, __module__ and tracebacks, pickle finds them there, and code that reads __name__ sees
# '__main__' (the main block does not run again all the same).
import multiprocessing
import pickle
from multiprocessing import Pool


class Thing:
    class Inner:
        pass

    def method(self):
        pass


class TaskError(Exception):
    pass


def describe(_):
    return (__name__, repr(Thing), Thing.__module__, Thing.Inner.__module__, Thing.method.__module__,
            describe.__module__, repr(Thing()).split(" at ")[0], type(pickle.loads(pickle.dumps(Thing()))).__name__,
            (lambda: 0).__module__)


def child():
    print("child sees", __name__, repr(TaskError("x")), flush=True)


def fail(x):
    raise TaskError(f"bad {x}")


if __name__ == "__main__":
    with Pool(1) as pool:
        print(pool.apply(describe, (0,)))
        process = multiprocessing.Process(target=child)
        process.start()
        process.join()
        pool.apply(fail, (1,))
