# operator.length_hint asks a built-in iterator's __length_hint__ what is left (listiter_len, dictiter_len...);
# enumerate, map, filter, zip and callable iterators have none.
import operator

numbers = [1, 2, 3, 4]
it = iter(numbers)
next(it)
print('list', operator.length_hint(it), it.__length_hint__())
numbers.append(5)
print('list grown', operator.length_hint(it))
numbers.clear()
print('list cleared', operator.length_hint(it))
list(it)
numbers.extend([1, 2])
print('list exhausted', operator.length_hint(it))

for name, made in [('tuple', iter((1, 2, 3))), ('str', iter('héllo')), ('ascii', iter('abc')), ('bytes', iter(b'ab')),
                   ('bytearray', iter(bytearray(3))), ('range', iter(range(0, 10, 3))), ('set', iter({1, 2})),
                   ('keys', iter({1: 2, 3: 4})), ('values', iter({1: 2}.values())), ('items', iter({}.items())),
                   ('reversed keys', reversed({1: 2, 3: 4})), ('list reversed', reversed([1, 2, 3])),
                   ('str reversed', reversed('abcd')), ('range reversed', reversed(range(4)))]:
    before = operator.length_hint(made, -1)
    next(made, None)
    print(name, type(made).__name__, before, operator.length_hint(made, -1))

d = {1: 2, 3: 4}
keys = iter(d)
d[5] = 6
print('dict changed', keys.__length_hint__())
s = {1, 2}
members = iter(s)
s.add(3)
print('set changed', members.__length_hint__())
backwards = reversed([1, 2, 3])
print('reversed', backwards.__length_hint__(), list(backwards), backwards.__length_hint__())
shrinking = [1, 2, 3]
back = reversed(shrinking)
shrinking.pop()
print('reversed shrunk', back.__length_hint__())


class OldSequence:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i


class SizedOldSequence(OldSequence):
    def __len__(self):
        return 3


old = iter(OldSequence())
print('getitem', type(old).__name__, old.__length_hint__(), operator.length_hint(old, 7))
sized = iter(SizedOldSequence())
next(sized)
print('getitem sized', sized.__length_hint__(), operator.length_hint(sized))
list(sized)
print('getitem done', sized.__length_hint__())


class Custom:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i


print('custom reversed', reversed(Custom(4)).__length_hint__())
for name, plain in [('enumerate', enumerate([1])), ('map', map(str, [1])), ('filter', filter(None, [1])),
                    ('zip', zip([1], [2])), ('callable', iter(lambda: 1, 0))]:
    print(name, hasattr(plain, '__length_hint__'), operator.length_hint(plain, 9))
print(list(iter([1, 2, 3])), bytes(iter(b'xyz')), tuple(iter(range(3))))
