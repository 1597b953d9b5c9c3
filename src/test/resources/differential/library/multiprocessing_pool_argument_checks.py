# Pool's arguments are checked in CPython's order: the number of processes compared with 1 first (a
# str's TypeError from the comparison), then maxtasksperchild, the initializer, and a float last
import multiprocessing as mp

if __name__ == "__main__":
    for args, kwargs in [(("2",), {}), ((0,), {"initializer": 5}), ((1,), {"initializer": 5, "maxtasksperchild": 0}),
                         ((2.0,), {}), ((1,), {"initializer": 5}), ((-3,), {})]:
        try:
            mp.Pool(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
