# What the iterator_reduce programs share: reductions shown without addresses, taking items, copying.
import copy
import pickle


def shown(x):
    # a reduction with the objects that print addresses (iterators, bound methods) named by their type
    if isinstance(x, (tuple, list)):
        return type(x)(shown(i) for i in x)
    return "<" + type(x).__name__ + ">" if " at 0x" in repr(x) else x


def take(it, n):
    # the next n items, "stop" for each one past the end
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append("stop")
    return out


def copies(make, taken, ways=("copy", "deepcopy", "pickle")):
    # for each way of copying: a fresh iterator moved on by taken items, and its copy made that way
    copiers = {"copy": copy.copy, "deepcopy": copy.deepcopy, "pickle": lambda x: pickle.loads(pickle.dumps(x))}
    for way in ways:
        fresh = make()
        take(fresh, taken)
        yield way, fresh, copiers[way](fresh)
