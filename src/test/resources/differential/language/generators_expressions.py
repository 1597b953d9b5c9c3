print(sum(x for x in range(10) if x % 2))
print(list((x, y) for x in range(3) for y in range(x)))
print(max(len(w) for w in ["a", "abc", "ab"]))
g = (i for i in range(3))
print(type(g).__name__, g.__name__, list(g), list(g))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 2]))
print(dict((k, v) for k, v in [("a", 1)]), set(c for c in "hello"))
xs = [1, 2, 3]
g = (x * 2 for x in xs)
xs.append(4)
print(list(g))
try:
    g = (1 / x for x in [1, 0])
    print(list(g))
except ZeroDivisionError as e:
    print("lazy error", e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
print(sorted((x for x in "cab"), reverse=True))
print("".join(str(i) for i in range(5)))
