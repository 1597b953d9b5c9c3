# A forked child has what the parent bound under its main guard: functions, data and imports made there
# reach Pool, Process and ProcessPoolExecutor workers (and renewed ones); under spawn they do not.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process, Queue


def scale(x):
    return x * FACTOR


if __name__ == "__main__":
    import math
    FACTOR = 3
    settings = {"n": 5, "label": "run"}

    def power(x, exponent=2):
        return x ** exponent

    def describe(q, *, suffix="!"):
        q.put((settings["label"] + suffix, FACTOR, math.sqrt(16)))

    with Pool(2) as pool:
        print(pool.map(power, range(5)))
        print(pool.map(scale, range(5)))
    queue = Queue()
    child = Process(target=describe, args=(queue,))
    child.start()
    print(queue.get())
    child.join()
    print(child.exitcode)
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(power, [1, 2, 3], [3, 3, 3])))
    with Pool(2, maxtasksperchild=1) as pool:
        FACTOR = 10  # a worker started after this sees the new value
        print(pool.map(scale, range(4)))
    mp.set_start_method("spawn", force=True)
    try:
        with Pool(1) as pool:
            print(pool.map(scale, [1]))
    except NameError as e:
        print("spawned:", e)
