# differential: args 3 squares
# A script that reads its arguments at module level: a worker re-runs that module level (spawn) or
# inherits it (fork), and either way sees the parent's sys.argv.
import sys
from multiprocessing import Pool

SIZE = int(sys.argv[1])
MODE = sys.argv[2]


def work(x):
    return (x * x if MODE == "squares" else x, sys.argv[1:])


if __name__ == "__main__":
    with Pool(2) as pool:
        for value, args in pool.map(work, range(SIZE)):
            print(value, args)
