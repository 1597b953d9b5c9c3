counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump(); bump()
print(counter, read())
def make_global():
    global created
    created = "made"
make_global()
print(created)
def local_before_global():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(e)
local_before_global()
def del_global():
    global created
    del created
del_global()
try:
    created
except NameError as e:
    print(e)
x = "module"
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def g():
    global x
    x = "changed"
g()
print(x)
