# pickle: the bytes of every built-in value's pickle at protocols 0-5 equal CPython 3.11's (ints of all sizes,
# floats, str with escapes, bytes and bytearray before and after their opcodes, tuples of each size, list, dict
# and set batches of 1000), and each loads back equal.
import pickle, zlib
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**64, -2**64, 10**100,
          0.0, 1.5, -2.25e300, float('inf'), "", "a", "héllo", "\u20ac\U0001f600", "a\\b\n\r\x00\x1a", "x"*300,
          b"", b"ab", b"\x00\xff"*200, bytearray(), bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1], [1, 2], list(range(1001)), {}, {1: 2}, {"a": 1, "b": [2]}, set(), {1, 2, 3}, frozenset(), frozenset({4, 5}),
          dict.fromkeys(range(1000)), 1+2j, [[1, 2]] * 3]
for v in values:
    for p in range(6):
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        print(p, repr(v)[:40], data if len(data) < 120 else (len(data), zlib.crc32(data)), ok)
