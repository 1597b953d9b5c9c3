# multiprocessing.Manager: dict, list, Namespace, Value, Array, Lock, Queue, Condition, Barrier
# shared with a child Process and with Pool workers; the proxies' str, len, keys and errors.
import multiprocessing as mp
import queue


def child(d, l, ns, v, a, lock, q, cond, barrier):
    with lock:
        d["child"] = [1, 2]
        d[2] = "two"
        l.append("from child")
        l += [3]
        ns.x += 1
        ns.name = "set by child"
        v.value = v.value * 2
        a[0] = 99
    q.put(("child saw", sorted(d.keys(), key=str), len(l)))
    with cond:
        cond.notify_all()
    barrier.wait()


def count_into(d, lock, n):
    with lock:
        d[n % 2] = d.get(n % 2, 0) + n
    return n * n


if __name__ == "__main__":
    with mp.Manager() as m:
        print(type(m).__name__, type(m.Lock()).__name__, type(m.Queue()).__name__, type(m.Event()).__name__)
        d = m.dict({"a": 1}, b=2.5)
        l = m.list(range(3))
        ns = m.Namespace(x=1)
        v = m.Value("i", 21)
        a = m.Array("i", [1, 2, 3])
        lock = m.Lock()
        q = m.Queue()
        print(d, l, ns, v, a)
        print(repr(d).split(" at ")[0], repr(l).split(" at ")[0], repr(ns).split(" at ")[0])
        print(len(d), d.keys(), d.values(), d.items(), list(d), "a" in d, d.get("zz", "default"))
        cond = m.Condition()
        barrier = m.Barrier(2, timeout=60)
        print(type(cond).__name__, type(barrier).__name__, barrier.parties, barrier.n_waiting)
        with cond:  # held until wait() releases it: the child's notify_all comes after
            p = mp.Process(target=child, args=(d, l, ns, v, a, lock, q, cond, barrier))
            p.start()
            print(cond.wait(60))
        print(q.get(), barrier.wait() in (0, 1))
        p.join()
        print(d.copy(), l[:], ns, v.value, a[0], len(a), p.exitcode)

        # values are copies: changing one fetched from a proxy changes nothing in the manager
        d["child"].append(3)
        print(d["child"], ns.x)

        # dict's and list's other methods
        print(d.setdefault("c", []), d.pop("c"), d.pop("zz", None), d.popitem())
        d.update([("u", 1)], w=2)
        del d["a"]
        d[True] = "one"  # 1 and True are the same key, as in a dict
        print(d, 1 in d, 1.0 in d)
        l.insert(0, "first")
        l.extend("xy")
        l.remove(1)
        print(l, l.index("x"), l.count("x"), l.pop(), l[-1], str(l), len(l))
        l.reverse()
        print(l)
        l[:] = [3, 1, 2]
        l.sort()
        l *= 2
        print(l, l + [0], [x for x in l])
        del ns.name
        print(ns)

        for bad in (lambda: d["zz"], lambda: l[10], lambda: l.index(7), lambda: l.remove(7),
                    lambda: ns.missing, lambda: m.dict().popitem(), lambda: d[[1]], lambda: l["a"],
                    lambda: q.get_nowait()):
            try:
                bad()
            except (KeyError, IndexError, ValueError, AttributeError, TypeError, queue.Empty) as e:
                print(type(e).__name__, e)

        # proxies sent to Pool workers
        totals = m.dict()
        with mp.Pool(2) as pool:
            print(pool.starmap(count_into, [(totals, lock, n) for n in range(1, 7)]))
        print(sorted(totals.items()))
    try:
        with m:
            pass
    except mp.ProcessError as e:
        print("ProcessError:", e)
