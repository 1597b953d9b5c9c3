class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0])
g[1, 2] += 1
print(g[1, 2])
del g[1, 2]
print(g[1:3], g[::2], g[1:2, 3])
try:
    del g["missing"]
except KeyError as e:
    print("KeyError", e)
class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    del r[0]
except TypeError as e:
    print(e)
try:
    object()[0]
except TypeError as e:
    print(e)
class WithMissing(dict):
    def __missing__(self, key):
        return key * 2
w = WithMissing(a=1)
print(w["a"], w["bb"], len(w))
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()])
