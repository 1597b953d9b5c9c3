# array.array: every typecode's OverflowError and TypeError messages, and the methods' errors
from array import array
import sys
for tc in 'bBuhHiIlLqQfd':
    a = array(tc)
    row = [tc, a.itemsize]
    for v in (-2**70, -2**63-1, -2**31-1, -129, -1, 2**8, 2**16, 2**32, 2**63, 2**64, 2**70, 1.5, 'x', 'xy', None, True):
        try:
            a.append(v); row.append('ok')
        except Exception as e:
            row.append(f'{type(e).__name__}:{e}')
    print(row)
print(array.__module__, array.__name__, repr(array('i')), repr(array('u', 'hi')), repr(array('d', [1, 2.5])), repr(array('b', b'\x01\xff')))
for bad in [lambda: array('z'), lambda: array('i', 'abc'), lambda: array('u', [1]), lambda: array('b', 3), lambda: array(), lambda: array('ii')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1,2,3])
for bad in [lambda: a.__setitem__(slice(0,1), [1]), lambda: a + [1], lambda: a + array('d'), lambda: a.extend(array('d')), lambda: a.extend(3), lambda: a.remove(9), lambda: a.index(9), lambda: array('i').pop(), lambda: a.pop(7), lambda: a[9], lambda: a.frombytes(b'123'), lambda: a.tounicode(), lambda: a.fromunicode('x'), lambda: a.__setitem__(slice(0,3,2), array('i',[1])), lambda: a * 'x', lambda: a.__setitem__(9, 1), lambda: a.__delitem__(9), lambda: array('i', [1]) < array('d', [2.0]), lambda: a.fromlist((1,)), lambda: a.fromlist([1, 'x'])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(a)

