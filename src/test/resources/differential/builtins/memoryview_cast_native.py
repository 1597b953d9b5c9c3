# memoryview.cast to the native struct formats ('i', 'd', 'Q'... from bytes and back): items, slices,
# slice assignment, comparisons across formats, struct over cast views, and CPython's errors; then
# threads filling one bytearray that a cast view reads.
import struct
m = memoryview(bytearray(16)).cast('d')
for v in ['a', 1, True, 2**1000, 1.5]:
    try: m[0] = v; print('ok', m[0])
    except Exception as e: print(type(e).__name__, e)
m = memoryview(bytearray(16)).cast('i')
for v in ['a', 1.5, 2**40, -1, True]:
    try: m[0] = v; print('ok', m[0])
    except Exception as e: print(type(e).__name__, e)
m = memoryview(bytearray(16)).cast('?')
m[0] = 'x'; print(m[0], m[1])
for fmt in "hHiIlLqQnNfdP":
    b = bytearray(range(200, 232))
    v = memoryview(b).cast(fmt)
    print(fmt, v.itemsize, len(v), v.nbytes, v.shape, v.strides, v[0], v[-1], v[::3].tolist()[:2], v.format)
m = memoryview(bytearray(16)).cast('f')
for v in [1e300, 0.1, float('inf')]:
    try: m[0] = v; print('ok', m[0])
    except Exception as e: print(type(e).__name__, e)
m = memoryview(bytearray(16)).cast('I')
try: m[0] = -1
except Exception as e: print(type(e).__name__, e)
try: hash(memoryview(bytes(8)).cast('i'))
except Exception as e: print(type(e).__name__, e)
try: memoryview(bytes(8)).cast('i').cast('h')
except Exception as e: print(type(e).__name__, e)
print(memoryview(bytes(8)).cast('i').cast('B').format, memoryview(bytes(8)).cast('i')[::2].tolist(), memoryview(bytes(8)).cast('i')[::2].contiguous)
try: memoryview(bytes(12)).cast('i')[::2].cast('B')
except Exception as e: print(type(e).__name__, e)
print(memoryview(bytes(8)).cast('i') == memoryview(bytes(8)).cast('h')[::2], memoryview(b'\x01\x00\x00\x00').cast('i') == b'\x01\x00\x00\x00')
print(memoryview(bytearray(8)).cast('i').tobytes(), bytes(memoryview(bytearray(b'abcdefgh')).cast('i')[::-1]))
a = bytearray(12); v = memoryview(a).cast('i'); v[0:2] = memoryview(struct.pack('ii', 5, 6)).cast('i'); v[2] = 7; print(a, v.tolist(), list(v))
try: v[0:2] = b'12345678'
except Exception as e: print(type(e).__name__, e)
v2 = memoryview(bytearray(24)).cast('i'); v2[::2] = memoryview(struct.pack('3i', 1, 2, 3)).cast('i'); print(v2.tolist(), bytes(v2[::2]))
print(memoryview(struct.pack('2d', 1.0, 2.0)).cast('d') == memoryview(struct.pack('2i', 1, 2)).cast('i'))
try: memoryview(bytes(7)).cast('i')
except Exception as e: print(type(e).__name__, e)
print(struct.unpack_from('<i', memoryview(bytearray(struct.pack('<ii', 3, 4))).cast('i'), 4))
b2 = bytearray(8); struct.pack_into('<i', memoryview(b2).cast('i'), 4, 9); print(b2)
print(memoryview(bytes(8)).cast('Q').toreadonly().readonly, memoryview(memoryview(bytes(8)).cast('Q')).format)
import threading

shared = bytearray(8 * 4 * 8)
words = memoryview(shared).cast("Q")


def fill(tid):
    for k in range(8):
        words[tid * 8 + k] = (tid << 40) + k


threads = [threading.Thread(target=fill, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(words[::9].tolist(), sum(words) == sum((t << 40) + k for t in range(4) for k in range(8)))
print(memoryview(shared).cast("d").nbytes, memoryview(shared)[8:16].cast("i").tolist())
words.release()
