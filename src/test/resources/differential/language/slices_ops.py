s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[:-7], s[8:2:-2], s[100:], s[-100:2])
s[2:5] = ["a", "b"]
print(s)
s[:0] = [-1]
print(s)
s[::2] = ["E"] * len(s[::2])
print(s)
del s[::3]
print(s)
del s[1:3]
print(s)
s[1:1] = "xyz"
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], "hello"[1:4], "hello"[::-2], b"bytes"[1:3])
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, list(range(10))[sl])
class Show:
    def __getitem__(self, k):
        return k
print(Show()[1:2], Show()[::3], Show()[1:2, ::3], Show()[...], Show()[:, 1])
r = range(20)[3:15:4]
print(r, list(r))
try:
    t[1:2] = (5,)
except TypeError as e:
    print(e)
try:
    "abc"[::0]
except ValueError as e:
    print(e)
