# differential: args first
# A child starts with the parent's sys.argv as it is when the child starts (a fork copies it), not as it
# was when the program started: after an append, after a new list, in a Process and in a Pool.
import sys
from multiprocessing import Pool, Process, Queue


def report(q):
    q.put(sys.argv[1:])


def child_argv():
    q = Queue()
    p = Process(target=report, args=(q,))
    p.start()
    seen = q.get()
    p.join()
    return seen


def pool_argv(_):
    return sys.argv[1:]


if __name__ == "__main__":
    print("at start", child_argv())
    sys.argv.append("--verbose")
    print("appended", child_argv())
    sys.argv = [sys.argv[0], "replaced"]
    print("replaced", child_argv())
    with Pool(2) as pool:
        print("pool", pool.map(pool_argv, range(2)))
