# The worker's traceback of a call given keyword arguments, or made in a pool with an initializer,
# starts at the pool's worker loop and goes on in the function, as CPython's does
import multiprocessing as mp


def setup(offset):
    global OFFSET
    OFFSET = offset


def divide(x, by=0):
    return (x + OFFSET) // by


if __name__ == "__main__":
    with mp.Pool(1, initializer=setup, initargs=(1,)) as pool:
        print(pool.apply(divide, (3,), {"by": 2}))
        try:
            pool.apply(divide, (3,))
        except ZeroDivisionError as e:
            print(e.__cause__)
    with mp.Pool(1) as pool:
        OFFSET = 0
        pool.apply(divide, (1,), {"by": 0})
