# PEP 646: a starred expression in a subscript makes the index a tuple, alone (a[*b]) or among others and slices.
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
s = Show()
rest = [2, 3]
print(s[*rest], s[1, *rest], s[*rest, 4], s[*rest,], s[*()], s[1:2, *rest])
s[*rest] = "v"
d = {(2, 3): "pair"}
print(d[*rest])
try:
    print(s[*5])
except TypeError as e:
    print("TypeError:", e)
