# array.array: construction, indexing and slicing, the list-like methods, bytes/list/str conversions, the
# buffer protocol (bytes, memoryview, struct), comparisons, copies, a subclass, match
from array import array
import copy, struct
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], 2 in a, 9 in a, list(a), a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 55); a.insert(100, 7)
print(a, a.pop(), a.pop(0), a.count(5), a.index(5), a.index(5, 5) if 5 in a[5:] else None)
a.remove(55); a.reverse(); print(a)
b = a + array('i', [9]); b += array('i', [10]); print(b, a * 2, 2 * a, a * 0)
c = array('i', [1, 2]); c *= 3; print(c)
a[1:3] = array('i', [100, 200, 300]); print(a); del a[0]; del a[::2]; print(a)
a[0] = -5; print(a, a.tobytes(), bytes(a), a.tolist(), memoryview(a).tobytes() == a.tobytes())
d = array('d', [1.5, 2.25]); print(d, d.tobytes().hex(), struct.unpack('2d', d))
f = array('f', [0.1]); print(f, f[0])
u = array('u', 'héllo'); print(u, u.tounicode(), u[1]); u.fromunicode('!'); print(u)
x = array('b'); x.frombytes(b'\x01\xff\x7f'); print(x); x.byteswap(); print(x)
h = array('H', [1, 256]); h.byteswap(); print(h)
Q = array('Q', [2**64 - 1, 0]); print(Q, array('q', [-2**63]), array('L', [2**63]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]), array('i') == [], array('i', [1]) != array('i', [1]))
class Mine(array):
    def total(self): return sum(self)
m = Mine('i', [1, 2, 3]); m.tag = 'x'
print(m, m.total(), type(m[1:]).__name__, type(copy.copy(m)).__name__, copy.deepcopy(m))
print(copy.copy(a), copy.deepcopy(array('u', 'ab')))
print(array('b', [1, 2]).buffer_info()[1], array.typecodes if hasattr(array, 'typecodes') else '', __import__('array').typecodes)
it = iter(array('i', [1, 2])); print(next(it), list(it), list(it))
print(array('i', range(5)), array('B', b'ab'), array('i', array('i', [7])), array('d', (1, 2)), array('l', iter([1,2])))
print(sum(array('d', [0.5] * 4)), sorted(array('i', [3, 1, 2])), reversed(array('i', [1])) is not None)
e = array('i', [1, 2, 3])
e.fromlist([4, 5])
try: e.fromlist([6, 'x'])
except TypeError as ex: print(ex)
print(e)
match array('i', [1, 2]):
    case [x, y]: print('matched', x, y)
import array as arr_mod
print(arr_mod.ArrayType is array, array.__name__, array.__module__, type(iter(e)).__name__, repr(array))
try: hash(e)
except TypeError as ex: print(ex)
try:
    array[int]
except TypeError as ex:
    print(ex)
