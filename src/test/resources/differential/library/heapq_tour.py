# heapq: the heap layouts, pop orders, merge/nsmallest/nlargest results and the comparisons made
# (a printing __lt__) are CPython's, errors included.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3]:
    heapq.heappush(h, x)
print("pushed", h)
print("popped", [heapq.heappop(h) for _ in range(len(h))])

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0] * 3
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 10), data[:6])
print("pushpop", heapq.heappushpop(data, -1), heapq.heappushpop(data, 100), data[:6])
print("pushpop empty", heapq.heappushpop([], 4))

big = [(i * 7919) % 3001 for i in range(3001)]
heapq.heapify(big)
print("big heap", big[:12], sum(i * v for i, v in enumerate(big)))

tasks = []
for priority, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (priority, name))
print("tasks", [heapq.heappop(tasks) for _ in range(4)])

print(heapq.nsmallest(4, [5, 1, 4, 1, 3, 9]), heapq.nlargest(3, [5, 1, 4, 1, 3, 9]))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, iter(words), key=len), heapq.nlargest(2, iter(words)))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [3, 7, 2]), heapq.nsmallest(1, "zebra", key=ord))
print(heapq.nsmallest(10, iter([3, 1, 2])), heapq.nlargest(0, [1, 2]), heapq.nsmallest(-2, [1, 2]))
nan = float("nan")
print(heapq.nsmallest(3, [3.0, nan, 1.0, 2.0, nan, 0.5]), heapq.nlargest(3, [3.0, nan, 1.0, 2.0, 0.5]))

print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
gen = heapq.merge([1, 4], [2, 3])
print(type(gen).__name__, next(gen), next(gen), list(gen))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


h = [Loud(v) for v in [4, 2, 6, 1, 5]]
heapq.heapify(h)
print("loud heap", h)
heapq.heappush(h, Loud(0))
print("loud pop", heapq.heappop(h), h)
print("loud pushpop", heapq.heappushpop(h, Loud(3)), h)

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
             lambda: heapq.heapify(()), lambda: heapq.heappush([]), lambda: heapq.heappop(),
             lambda: heapq.heapify([], 1), lambda: heapq.heappush([], 1, x=2), lambda: heapq.heappush([1], "a")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)


class Shrinking:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


victim = [Shrinking(None), Shrinking(None)]
for item in victim:
    item.heap = victim
try:
    heapq.heappush(victim, Shrinking(victim))
except RuntimeError as e:
    print("RuntimeError", e)
