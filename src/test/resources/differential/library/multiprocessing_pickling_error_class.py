# What a pool cannot send to its workers (a lambda, a function pickle cannot find by name) raises
# pickle's own PicklingError, which `except pickle.PicklingError` catches
import multiprocessing as mp
import pickle
from concurrent.futures import ProcessPoolExecutor


def double(x):
    return 2 * x


renamed = double
double = None

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for function in (lambda x: x, renamed):
            try:
                pool.map(function, [1, 2])
            except pickle.PicklingError as e:
                print(type(e).__name__, isinstance(e, pickle.PickleError), str(e).split(" at 0x")[0])
        print(pool.map(abs, [-1]))
    with ProcessPoolExecutor(1) as executor:
        try:
            executor.submit(renamed, 1).result()
        except pickle.PicklingError as e:
            print("executor:", str(e).split(" at 0x")[0])
