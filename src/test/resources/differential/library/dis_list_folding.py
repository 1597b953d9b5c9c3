# dis of lists as 3.11's compiler folds them: a list a for loop or comprehension iterates, or that ends an
# "in" test, is a tuple (a constant one of constants); a display of three or more constants extends an
# empty list with one tuple constant; constant positional arguments of a call with ** are one constant
# (f(**kw) loads ()); and a while True loop's last break, a jump to the next line, is a NOP.
import dis


def loops(xs, a, b):
    for x in [1, 2, 3]:
        print(x)
    for y in [a, b]:
        print(y)
    for z in [*xs]:
        print(z)
    return [i for i in [a, 1] for j in [3, 4, 5] if j in [1, 2]]


def tests(a, b):
    if a in [1, 2, 3]:
        return 1
    return a in [1, 2, 3] and b not in [a, b] and a < b in [1] and [a] == [1, 2]


def displays(a):
    return [1, 2, 3], [a, 2, 3], [1, 2], [(1, 2), "x", None], [[1], 2, 3], [1.5, -2, "s", b"b"]


def calls(xs, kw):
    print(*xs, 1, 2, 3)
    print(1, 2, 3, **kw)
    print(1, **kw)
    print(**kw)
    return sorted(**kw) if kw else None


def last_break(xs):
    while True:
        if xs:
            xs.pop()
            continue
        break
    return xs


for function in (loops, tests, displays, calls, last_break):
    print("===", function.__name__)
    dis.dis(function)
    print(function.__code__.co_consts)

print(loops([7], 5, 6), tests(1, 2), tests(4, 1), displays(0))
calls([0], {"sep": "-"})
print(last_break([1, 2]))
