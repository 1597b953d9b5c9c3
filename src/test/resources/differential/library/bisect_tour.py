# bisect: insertion points with lo/hi/key, insort into lists and other sequences, and CPython's errors.
import bisect

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect(a, 2, 0, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect(a, 9), bisect.bisect_left(a, 0))
print(bisect.bisect_right(a, 2, hi=-1), bisect.bisect_right([1], 1, 5), bisect.bisect_left(a, 2, lo=4, hi=2))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0, 0, 3)
print(a)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect(records, 3, key=lambda r: r[1]), bisect.bisect_left(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("x", 3), key=lambda r: r[1])
bisect.insort_left(records, ("y", 3), key=lambda r: r[1])
print(records)
print(bisect.bisect("acegi", "f"), bisect.bisect((1.5, 2.5), 2), bisect.bisect(range(0, 100, 10), 35))


class Recorder(list):
    def insert(self, index, item):
        print("insert", index, item)
        super().insert(index, item)


r = Recorder([1, 3])
bisect.insort(r, 2)
print(r)


class Sequence:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("get", i)
        return self.items[i]


print(bisect.bisect_left(Sequence([10, 20, 30, 40, 50, 60]), 45))


class Index:
    def __index__(self):
        return 1


print(bisect.bisect([1, 2, 3], 0, Index()))
for call in [lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.bisect(1, 2), lambda: bisect.insort(1, 2),
             lambda: bisect.bisect([], 1, q=2), lambda: bisect.bisect(), lambda: bisect.bisect([], 1, 0, 1, 2),
             lambda: bisect.bisect([], 1, 0, lo=1), lambda: bisect.bisect([], 1, "a"), lambda: bisect.bisect([1], None),
             lambda: bisect.bisect([], 1, 0, 1, None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
