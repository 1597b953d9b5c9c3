# ctypes simple types' .value (a getset descriptor, as in CPython): reading and writing each number kind,
# C's wrapping, the conversions of other objects, errors, reprs, and multiprocessing's shared Values.
import ctypes
import multiprocessing


class Index:
    def __index__(self):
        return 7


class Real:
    def __float__(self):
        return 2.5


def shown(v):
    return type(v).__name__ if isinstance(v, (Index, Real)) else repr(v)


KINDS = (ctypes.c_byte, ctypes.c_ubyte, ctypes.c_short, ctypes.c_ushort, ctypes.c_int, ctypes.c_uint,
         ctypes.c_long, ctypes.c_ulong, ctypes.c_longlong, ctypes.c_ulonglong, ctypes.c_bool,
         ctypes.c_float, ctypes.c_double, ctypes.c_size_t, ctypes.c_ssize_t)
VALUES = (3, -1, 255, 256, 2 ** 31, 2 ** 40 + 5, 2 ** 64 + 9, -2 ** 70, True, False, None, 1.5, 0.1, "3",
          b"x", Index(), Real(), 1e300)

for kind in KINDS:
    row = []
    for v in VALUES:
        x = kind()
        try:
            x.value = v
            row.append("%s=%r" % (shown(v), x.value))
        except Exception as e:
            row.append("%s:%s(%s)" % (shown(v), type(e).__name__, e))
    print(kind.__name__, "; ".join(row))

# the other kinds keep their own conversions
for kind, values in ((ctypes.c_char, (b"a", 65, b"ab", "a", 300)), (ctypes.c_wchar, ("z", "zz", 5)),
                     (ctypes.c_char_p, (b"text", None, "text")), (ctypes.c_void_p, (0, None, 1.5))):
    for v in values:
        try:
            x = kind(v)
            print(kind.__name__, repr(v), "->", repr(x.value))
        except Exception as e:
            print(kind.__name__, repr(v), type(e).__name__, e)

x = ctypes.c_int(41)
x.value += 1
print(x, x.value, bool(x), bool(ctypes.c_int(0)), ctypes.c_uint(-1), ctypes.c_bool(5), ctypes.c_double(1 / 3))
print(ctypes.c_float(0.1).value, ctypes.c_byte(200).value, ctypes.c_ushort(-2).value)
print(ctypes._SimpleCData.__dict__["value"], type(ctypes._SimpleCData.__dict__["value"]).__name__)
print(ctypes.c_int.value)
try:
    del x.value
except Exception as e:
    print("del:", type(e).__name__, e)


class Counter(ctypes.c_int):
    pass


c = Counter(3)
c.value *= 5
print(c.value, type(c.value).__name__, repr(c)[:9])

# from_buffer_copy makes a copy: writing it leaves the source as it was
arr = (ctypes.c_int * 2)(5, 6)
view = ctypes.c_int.from_buffer_copy(arr)
view.value = 9
print(list(arr), view.value, ctypes.c_short.from_buffer_copy(bytes([1, 2])).value)

if __name__ == "__main__":
    v = multiprocessing.Value("i", 5)
    v.value += 1
    with v.get_lock():
        v.value *= 2
    print(v, v.value)
    try:
        v.value = "x"
    except TypeError as e:
        print("TypeError:", e, "lock free again:", v.get_lock().acquire(False))
        v.get_lock().release()
    d = multiprocessing.Value("d", 0.5, lock=False)
    d.value += 0.25
    print(d, d.value)
    r = multiprocessing.RawValue(ctypes.c_ubyte, 250)
    r.value += 10
    print(r.value)
    b = multiprocessing.Value(ctypes.c_bool, False)
    b.value = 2
    print(b.value)
