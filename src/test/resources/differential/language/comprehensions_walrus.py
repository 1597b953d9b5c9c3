data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10], y)
def f():
    total = 0
    values = [total := total + v for v in range(5)]
    return values, total
print(f())
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
print((z := 5), z)
def g():
    [w := i for i in range(3)]
    return w
print(g())
print([last := c for c in "abc"], last)
import_like = {(k := "key"): k}
print(import_like)
