x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6
print(x)
f = 10.0
f /= 4
print(f)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias is l)
t = (1,)
tt = t
t += (2,)
print(t, tt)
s = "a"
s += "b"
print(s)
class C:
    def __init__(self):
        self.n = 0
        self.items = {}
c = C()
c.n += 5
c.items["k"] = 1
c.items["k"] += 10
print(c.n, c.items)
class Loud:
    def __init__(self):
        self.data = [0, 0]
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.data[i] = v
def index():
    print("index evaluated")
    return 1
ld = Loud()
ld[index()] += 7
print(ld.data)
class Attr:
    def __getattr__(self, name):
        print("getattr", name)
        return 1
    def __setattr__(self, name, v):
        print("setattr", name, v)
a = Attr()
a.v += 1
g = 1
def bump():
    global g
    g += 1
bump()
print(g)
try:
    undefined_thing += 1
except NameError as e:
    print(e)
def local_aug():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(e)
local_aug()
sets = {1}
sets |= {2}
sets &= {2, 3}
print(sets)
d = {"a": 1}
d |= {"b": 2}
print(d)
