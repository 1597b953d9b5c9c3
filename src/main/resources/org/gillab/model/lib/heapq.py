"""Heap queue algorithm (a.k.a. priority queue): the GIL Lab model's heapq module.

Written for the model (not copied) to behave as CPython 3.11's Lib/heapq.py does. The primitives
(heappush, heappop, heapify, heapreplace, heappushpop) are the Java module _heapq, as CPython's are
C (_heapqmodule.c); merge, nsmallest and nlargest are Python here as there, and make the same
comparisons in the same order, so ties and unorderable values (NaN) come out as on CPython.
"""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output, lazily (a generator); equal items keep input order."""
    if reverse:
        make_heap, drop_top, replace_top, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, drop_top, replace_top, sign = heapify, heappop, heapreplace, 1
    # One entry per input that still has items: [sort key, input rank, current item, iterator].
    # Entries compare by key, then by rank, so equal keys leave in the order of their inputs;
    # without a key the item is its own key.
    entries = []
    for rank, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            entries.append([item if key is None else key(item), rank * sign, item, it])
            break
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            replace_top(entries, entry)
            break
        else:
            drop_top(entries)
    if entries:
        last = entries[0]
        yield last[2]
        yield from last[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] gives them."""
    return _select(n, iterable, key, largest=False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n] gives them."""
    return _select(n, iterable, key, largest=True)


def _select(n, iterable, key, largest):
    # One item: a single pass of min() or max().
    if n == 1:
        missing = object()
        best = max if largest else min
        found = best(iter(iterable), default=missing) if key is None else best(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]

    # Asked for as many as there are: sorting is cheaper than a heap.
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]

    # Otherwise keep the best n seen so far in a heap whose top is the worst of them: a max-heap for
    # the smallest, a min-heap for the largest. Each entry carries a running rank (ascending for the
    # smallest, descending for the largest) so that equal keys keep their order of arrival, as a
    # stable sort would.
    it = iter(iterable)
    step = -1 if largest else 1
    ranks = range(0, step * n, step)
    if key is None:
        heap = [(item, rank) for rank, item in zip(ranks, it)]
    else:
        heap = [(key(item), rank, item) for rank, item in zip(ranks, it)]
    if not heap:
        return heap
    if largest:
        heapify(heap)
        replace_top = heapreplace
    else:
        _heapify_max(heap)
        replace_top = _heapreplace_max
    worst = heap[0][0]
    rank = step * n
    for item in it:
        item_key = item if key is None else key(item)
        if (worst < item_key) if largest else (item_key < worst):
            replace_top(heap, (item, rank) if key is None else (item_key, rank, item))
            worst = heap[0][0]
        rank += step
    best = sorted(heap, reverse=largest)
    return [entry[0] for entry in best] if key is None else [entry[2] for entry in best]
