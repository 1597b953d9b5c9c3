# multiprocessing.Process's kwargs: target(*args, **kwargs) in the child, with plain values (sets and
# frozensets among them) and the shared objects a child can be given (a Queue to answer through,
# Value, Array, Lock, Event), a keyword the target refuses (the child's traceback, exit code 1), and
# run() called in the parent.
import multiprocessing as mp


def report(queue, *args, **kwargs):
    queue.put((args, sorted(kwargs.items()), mp.current_process().name))


def add(value, numbers, *, lock, done, step=1):
    with lock:
        value.value += step
    numbers[0] = step * 10
    done.set()


def keyword_only(a, *, n):
    print("keyword_only", a, n)


if __name__ == "__main__":
    results = mp.Queue()
    p = mp.Process(target=report, args=(results, 1, "two"),
                   kwargs={"n": 2, "items": [1, {"x": (3, None)}], "text": "é", "big": 2 ** 70,
                           "numbers": {3, 1, 2}, "frozen": frozenset({(1, 2), frozenset({5})}), "empty": set()})
    print(p._args[1:], sorted(p._kwargs))
    p.start()
    print(results.get())
    p.join()
    print(p.exitcode)

    p = mp.Process(target=report, kwargs=dict(queue=results, only="keywords"), name="by-keyword")
    p.start()
    print(results.get())
    p.join()

    value, numbers, lock, done = mp.Value("i", 5), mp.Array("i", 2), mp.Lock(), mp.Event()
    p = mp.Process(target=add, args=(value, numbers), kwargs={"lock": lock, "done": done, "step": 4})
    p.start()
    p.join()
    print(value.value, numbers[:], done.is_set(), p.exitcode)

    p = mp.Process(target=keyword_only, args=(1,), kwargs={"zz": 2})
    p.start()
    p.join()
    print(p.exitcode)

    p = mp.Process(target=keyword_only, args=("in the parent",), kwargs={"n": 3})
    p.run()
    print(p.exitcode, p.is_alive())
    for bad in (5, [("a", 1), ("b",)]):
        try:
            mp.Process(target=print, kwargs=bad)
        except Exception as e:
            print(type(e).__name__, e)
    print(mp.Process(target=print, kwargs=[("a", 1)])._kwargs)
