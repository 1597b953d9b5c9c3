a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = b, c_ := 3, a
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(5)
print(head, mid, tail)
p, *q = [1]
print(p, q)
[m, n] = "xy"
print(m, n)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
x = y = z = []
x.append(1)
print(y, z is x)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
d = {}
d["k"], d["j"] = 1, 2
class O: pass
o = O()
o.a, o.b = "ab"
print(d, o.a, o.b)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
