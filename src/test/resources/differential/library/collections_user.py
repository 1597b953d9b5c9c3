# UserDict and UserList: the wrappers to subclass, with their data attribute
from collections import UserDict, UserList

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, list(d), d.get('b'), d.pop('c'), d)
print(UserDict({'x': 1}) | {'y': 2}, isinstance(d.copy(), LowerDict), d.copy())
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
print(Defaulting()['ab'])
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError:', e)

class Stack(UserList):
    def push(self, item):
        self.append(item)

s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
print(s, s.data, len(s), s[0], s[-1], s[1:3], type(s[1:3]).__name__, s.pop(), s.index(2), 3 in s)
s.insert(0, 0)
s.remove(2)
s.reverse()
print(s, s + [9], [9] + s, s * 2, s == [4, 3, 1, 0], s < [5], sorted(s))
s.sort()
print(s, s.count(3), s.copy(), type(s.copy()).__name__)
s += (7, 8)
print(s)
