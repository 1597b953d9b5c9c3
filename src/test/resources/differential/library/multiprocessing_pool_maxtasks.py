# multiprocessing.Pool(maxtasksperchild=N): a worker leaves after N tasks (a map chunk is one task) and a
# new worker, with a new name, takes its place and runs the initializer again; results are unchanged.
# ProcessPoolExecutor(max_tasks_per_child=N) likewise, its workers spawned (3.11 refuses fork).
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

SETUPS = 0


def setup(tag):
    global SETUPS
    SETUPS += 1


def where(x):
    # which worker ran it, and how many times the initializer ran in that worker's process
    return multiprocessing.current_process().name, SETUPS, x * x


def square(x):
    return x * x


def fails(x):
    if x == 3:
        raise ValueError("bad value %r" % (x,))
    return x


def tasks_per_worker(results, setups_each):
    counts = {}
    for name, setups, _ in results:
        counts[name] = counts.get(name, 0) + 1
        assert setups == setups_each, (name, setups)
    return sorted(counts.values())


if __name__ == "__main__":
    for bad in (0, -1, "x", 1.5):
        try:
            Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print(repr(bad), "ValueError:", e)
    try:
        Pool(0, maxtasksperchild=0)
    except ValueError as e:
        print("Pool(0):", e)

    with Pool(2, initializer=setup, initargs=("t",), maxtasksperchild=1) as pool:
        results = [pool.apply_async(where, (i,)).get() for i in range(4)]
        print([r[2] for r in results])
        names = [r[0] for r in results]
        print("distinct workers:", len(set(names)), "of", len(names), "tasks")
        print("all pool workers:", all(n.startswith("ForkPoolWorker-") for n in names))
        print("tasks per worker:", tasks_per_worker(results, 1))
        # a chunk is one task: 6 items in chunks of 3 are two tasks, each in a worker of its own
        chunked = pool.map(where, range(6), chunksize=3)
        print([r[2] for r in chunked])
        print("chunk workers:", len(set(r[0] for r in chunked)), "new:", not set(r[0] for r in chunked) & set(names))
        print(list(pool.imap(square, range(3))))
        print(sorted(pool.imap_unordered(square, range(3))))
        try:
            pool.map(fails, range(2, 5), chunksize=1)
        except ValueError as e:
            print("map raised:", e)
        print(pool.apply(square, (9,)))

    with Pool(2, maxtasksperchild=2) as pool:
        results = pool.map(where, range(8), chunksize=1)
        print([r[2] for r in results])
        print("at most two tasks a worker:", max(tasks_per_worker(results, 0)) <= 2,
              "workers:", len(set(r[0] for r in results)) >= 4)

    pool = Pool(1, maxtasksperchild=1)
    pending = [pool.apply_async(square, (i,)) for i in range(4)]
    pool.close()
    pool.join()
    print("after close and join:", [r.get() for r in pending])

    pool = Pool(1, maxtasksperchild=1)
    print(pool.apply(square, (4,)))
    pool.terminate()
    pool.join()
    print("terminated")

    with Pool(1, maxtasksperchild=True) as pool:
        print("True:", pool.map(square, [1, 2]))

    for bad in (0, -1, "x"):
        try:
            ProcessPoolExecutor(1, max_tasks_per_child=bad)
        except (TypeError, ValueError) as e:
            print(repr(bad), type(e).__name__ + ":", e)
    try:
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), max_tasks_per_child=1)
    except ValueError as e:
        print("fork:", e)
    with ProcessPoolExecutor(2, initializer=setup, initargs=("e",), max_tasks_per_child=1) as executor:
        results = list(executor.map(where, range(4)))
        print([r[2] for r in results])
        names = [r[0] for r in results]
        print("executor workers:", len(set(names)), all(n.startswith("SpawnProcess-") for n in names),
              tasks_per_worker(results, 1))
        future = executor.submit(fails, 3)
        print("future raised:", repr(future.exception()))
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), max_tasks_per_child=2) as executor:
        results = [executor.submit(where, i).result() for i in range(4)]
        print("spawn context:", [r[2] for r in results], tasks_per_worker(results, 0))
