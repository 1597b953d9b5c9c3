a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)])
print({**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *b, sep=",")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 5, *b, k=1, **{"m": 2}))
t = *a, 9
print(t)
print([*[], *()], {**{}})
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
print(*[], sep="-")
