# id() is unique among live objects and shaped as CPython's (an address): a memo keyed by id never mixes
# objects up, however many there are.
import copy
import pickle

class A:
    pass

a, b = A(), A()
print(id(a) != id(b), id(a) % 16, hex(id(a))[:4], id(a) == id(a))
print(repr(a).startswith('<__main__.A object at 0x7f'), ('%x' % id(a)) in repr(a))

# a freed object's address goes to the next object made, as pymalloc gives it out again
print(id(A()) == id(A()), id([]) == id([]))

# every one of many live objects has an id of its own
data = [[i] for i in range(120000)]
print(len({id(x) for x in data}) == len(data))

# so deepcopy's and pickle's memos (keyed by id) keep them apart
data = data[:20000]
shared = [0]
data.append(shared)
data.append(shared)
copied = copy.deepcopy(data)
print(copied == data, copied[-1] is copied[-2], copied[-1] is not shared)
loaded = pickle.loads(pickle.dumps(data))
print(loaded == data, loaded[-1] is loaded[-2])
