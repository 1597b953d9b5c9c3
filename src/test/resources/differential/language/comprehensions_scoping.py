x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
print({k: v for k, v in zip("abc", range(3))}, {c for c in "aab"})
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])
class Scope:
    base = 10
    values = [1, 2]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + base for v in values]
    except NameError as e:
        error = str(e)
print(Scope.doubled, Scope.error)
def closures():
    return [lambda: i for i in range(3)]
print([f() for f in closures()])
def uses_enclosing():
    n = 3
    return [n * k for k in range(n)]
print(uses_enclosing())
print(sum(v for v in range(101)))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
it = iter(range(3))
print([a for a in it], [a for a in it])
print({i: {j for j in range(i)} for i in range(3)})
print([[j for j in range(i)] for i in range(4)])
nested = [(lambda q: [q + r for r in range(2)])(p) for p in range(2)]
print(nested)
