# memoryview over bytes and bytearray: the attributes, len, indexing and slicing (a view of the same
# memory, steps too), item and slice assignment written through, iteration, tobytes/tolist/hex, ==
# and hash, casts between the byte formats, release and the context manager, and CPython's errors.
import re


def shown(obj):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(obj))


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", shown(result.tobytes()) if isinstance(result, memoryview) else shown(result))


def attributes(m):
    return (m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets,
            m.c_contiguous, m.f_contiguous, m.contiguous, len(m))


data = b"abcdef"
m = memoryview(data)
print(shown(m), m.obj is data, attributes(m))
print(attributes(m[::2]), attributes(m[::-1]), attributes(m[4:1]), attributes(m[5:]))
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-2].tobytes(), m[::2][1:].tobytes(), m[::2].obj is data)
print(list(m), list(m[1::3]), [x for x in m[::-1]], m.tolist(), m[2:2].tolist(), bool(m), bool(m[3:3]))
print(m.tobytes(), m.tobytes("C"), m.tobytes(order="A"), m.tobytes(None), bytes(m[1:3]), bytearray(m[::3]))
print(m.hex(), m.hex(":"), m.hex("-", 2), m.hex(b" ", -4), m[::-1].hex(), memoryview(b"").hex(":"))
print(memoryview(memoryview(data)).obj is data, memoryview(object=b"xy").tobytes(), type(m).__name__, type(iter(m)).__name__)
for label, f in [("int", lambda: memoryview(1)), ("str", lambda: memoryview("ab")), ("list", lambda: memoryview([1])),
                 ("none", lambda: memoryview()), ("two", lambda: memoryview(b"a", b"b")),
                 ("index 6", lambda: m[6]), ("index -7", lambda: m[-7]), ("str key", lambda: m["a"]),
                 ("float key", lambda: m[1.0]), ("ellipsis", lambda: m[...]), ("empty tuple", lambda: m[()]),
                 ("tuple 1", lambda: m[1,]), ("tuple 2", lambda: m[0, 1]), ("tuple slices", lambda: m[0:1, 0:1]),
                 ("huge", lambda: m[2 ** 70]), ("step 0", lambda: m[::0]), ("ordering", lambda: m < m),
                 ("add", lambda: m + b"x"), ("tobytes order", lambda: m.tobytes("X")),
                 ("tobytes int", lambda: m.tobytes(1)), ("tolist arg", lambda: m.tolist(1))]:
    attempt(label, f)

# writable views of a bytearray write through, both ways
buf = bytearray(b"hello world")
w = memoryview(buf)
w[0] = 72
w[-1] = ord("D")
w[6:8] = b"WO"
w[1:5:2] = bytearray(b"EL")
print(buf, w.tobytes(), w.readonly, w.obj is buf)
buf[2] = 0x21
print(w[2], w[2:4].tobytes())
tail = w[6:]
tail[::-1] = b"abcde"
print(buf, tail.tolist())
w[:] = memoryview(b"x" * len(buf))
print(buf)


def setter(view, key, value):
    def assign():
        view[key] = value
    return assign


def deleter(view, key):
    def delete():
        del view[key]
    return delete


r = memoryview(b"abc")
for label, f in [("300", setter(w, 0, 300)), ("-1", setter(w, 0, -1)), ("str", setter(w, 0, "a")),
                 ("bytes item", setter(w, 0, b"a")), ("float", setter(w, 0, 1.5)), ("out of range", setter(w, 20, 1)),
                 ("bad key", setter(w, "a", 1)), ("size mismatch", setter(w, slice(0, 2), b"abc")),
                 ("slice int", setter(w, slice(0, 2), 5)), ("slice str", setter(w, slice(0, 2), "ab")),
                 ("slice list", setter(w, slice(0, 2), [1, 2])), ("step mismatch", setter(w, slice(0, 4, 2), b"abc")),
                 ("format mismatch", setter(w, slice(0, 1), memoryview(b"a").cast("c"))),
                 ("read-only item", setter(r, 0, 1)), ("read-only slice", setter(r, slice(0, 1), b"a")),
                 ("read-only bad", setter(r, "x", 1)), ("delete", deleter(w, 0)), ("delete read-only", deleter(r, 0))]:
    attempt(label, f)
print(buf)

# equality and hashing
print(m == data, data == m, m == bytearray(data), m == memoryview(bytearray(data)), m != b"abcdeF", m == [97])
print(m[::2] == b"ace", b"ace" == m[::2], m == "abcdef", m.__eq__(1), m.__ne__(data), m.__lt__(m))
print(hash(m) == hash(data), hash(m[::2]) == hash(b"ace"), hash(memoryview(b"")) == hash(b""), {m: 1}[m])
print(m in [b"abcdef"], b"abcdef" in [m], m in [1, 2], 97 in m, b"a" in m, m[1:3] in b"xbcx")
attempt("hash writable", lambda: hash(w))
attempt("hash cast writable", lambda: hash(w.cast("c")))
print(hash(m.cast("c")) == hash(data), hash(m.cast("b")) == hash(data), hash(m.toreadonly()) == hash(data))

# casts between the byte formats
c = w.cast("c")
b = w.cast("b")
print(c.format, c[0], c.tolist()[:3], b.format, b[0], b.tolist()[:3], c.cast("b").format, w.cast("@B").format)
c[0] = b"z"
b[1] = -1
print(buf[:2], c == b, c == buf, b == buf, memoryview(b"a").cast("b") == b"a", memoryview(b"\xff").cast("b") == b"\xff")
for label, f in [("c int", setter(c, 0, 1)), ("c two", setter(c, 0, b"zz")), ("c str", setter(c, 0, "z")),
                 ("c bytearray", setter(c, 0, bytearray(b"z"))), ("b 200", setter(b, 0, 200)), ("b bytes", setter(b, 0, b"a")),
                 ("b -129", setter(b, 0, -129)), ("cast strided", lambda: m[::2].cast("B")), ("cast bad", lambda: m.cast("xx")),
                 ("cast int", lambda: m.cast(1)), ("cast single strided", lambda: m[::5][:1].cast("c"))]:
    attempt(label, f)
ro = w.toreadonly()
print(ro.readonly, ro.obj is buf, ro.tobytes() == buf, w.readonly)
attempt("toreadonly write", setter(ro, 0, 1))

# release and the context manager
v = memoryview(b"xyz")
with v as entered:
    print(entered is v, entered[0])
print(shown(v))
for label, f in [("len", lambda: len(v)), ("item", lambda: v[0]), ("tobytes", lambda: v.tobytes()), ("obj", lambda: v.obj),
                 ("nbytes", lambda: v.nbytes), ("format", lambda: v.format), ("readonly", lambda: v.readonly),
                 ("hash", lambda: hash(v)), ("eq", lambda: v == b"xyz"), ("eq self", lambda: v == v), ("bytes", lambda: bytes(v)),
                 ("enter", lambda: v.__enter__()), ("release again", lambda: v.release()),
                 ("cast", lambda: v.cast("B")), ("slice", lambda: v[1:]), ("bool", lambda: bool(v)),
                 ("memoryview of it", lambda: memoryview(v)), ("join", lambda: b"".join([v]))]:
    attempt(label, f)
h = memoryview(b"abc")
first = hash(h)
h.release()
print(hash(h) == first)
it = iter(memoryview(b"pq"))
print(next(it), list(it))

import collections.abc
print([isinstance(memoryview(b""), abc) for abc in (collections.abc.Sequence, collections.abc.ByteString,
                                                     collections.abc.Hashable, collections.abc.Iterable,
                                                     collections.abc.MutableSequence)])
