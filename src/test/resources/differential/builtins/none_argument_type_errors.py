# None where a str, list or tuple argument is expected: CPython's argument checks
# (_PyArg_BadArgument, getargs' converterr) name None itself, not its type NoneType.
import heapq
import io
import sys
import tempfile
import time
import unicodedata

cases = [
    lambda: heapq.heappush(None, 1),
    lambda: heapq.heapify(None),
    lambda: time.strftime(None),
    lambda: time.strptime(None),
    lambda: time.strptime('2024', 5),
    lambda: sys.stdout.write(None),
    lambda: type('Name', None, {}),
    lambda: compile('1', 'f', None),
    lambda: open('f', None),
    lambda: unicodedata.name(None),
    lambda: UnicodeEncodeError(None, '', 0, 0, ''),
    lambda: sys.intern(None),
    lambda: heapq.heappush((), 1),
    lambda: 'abc'.count(None),
    lambda: tempfile.TemporaryFile('w').write(None),
    lambda: io.BytesIO(b'ab').readinto(None),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print('TypeError:', e)
