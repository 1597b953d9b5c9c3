# mmap over anonymous memory: indexing, slicing, the file-like methods, iteration and CPython's errors.
import mmap


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY, mmap.ACCESS_DEFAULT, mmap.ACCESS_READ,
      mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.PROT_READ,
      mmap.PROT_WRITE, mmap.error is OSError, mmap.mmap.__name__, mmap.mmap.__module__)

m = mmap.mmap(-1, 16)
print(repr(m), len(m), m[:])
m[0] = 65
m[1:4] = b"BCD"
m[8:16:2] = b"wxyz"
print(m[0], m[-1], m[1:4], m[::2], m[::-3], m[10:2], m[14:40])
m[:] = b"line one\nline 2\n"
print(m.readline(), m.tell(), m.read(4), m.read_byte(), m.tell())
print(m.read(), m.read(), m.readline(), m.tell())
m.seek(0)
print(m.find(b"line"), m.find(b"line", 1), m.rfind(b"line"), m.find(b"zz"), m.find(b"e", -4),
      m.rfind(b"e", 0, 8), m.find(b""), m.rfind(b"", 20), m.find(b"n", 5, 2))
m.seek(9)
print(m.find(b"line"), m.find(b"one"))
m.seek(-3, 2)
print(m.tell(), m.read())
m.seek(-2, 1)
print(m.tell())
m.seek(0)
print(m.write(b"LINE"), m.tell(), m.write_byte(33), m[:6])
m.move(10, 0, 4)
print(m[:])
print(list(m)[:4], [b for b in m if b == b"i"], b"L" in m, b"LI" in m, 76 in m)
print(type(iter(m)).__name__, bytes(m), bytearray(m)[:3], list(reversed(m))[:3], hasattr(m, "__iter__"))

with mmap.mmap(-1, 4) as c:
    c.write(b"ab")
    print(c[:], c.closed, c.tell())
print(c.closed, repr(c))
for label, action in [("getitem", lambda: c[0]), ("len", lambda: len(c)), ("read", c.read),
                      ("bytes", lambda: bytes(c)), ("iter", lambda: list(c)), ("enter", c.__enter__),
                      ("in", lambda: b"a" in c), ("resize", lambda: c.resize(2))]:
    attempt(label, action)
print(c.close(), c.__exit__(None, None, None))
# a closed map says so before it looks at the arguments
for name, arguments in [("read", ("a",)), ("write", ("a",)), ("seek", ()), ("find", (1,)), ("move", (1,)),
                        ("flush", ("a",)), ("madvise", ("a",)), ("resize", (2 ** 70,)), ("__setitem__", (0, "a")),
                        ("read_byte", (1,)), ("size", (1,)), ("tell", (1,))]:
    attempt(name, lambda: getattr(c, name)(*arguments))

e = mmap.mmap(-1, 4)
e.seek(4)
attempt("index", lambda: e[4])
attempt("negative index", lambda: e[-5])
attempt("huge index", lambda: e[2 ** 70])
attempt("str index", lambda: e["a"])
attempt("set index", lambda: e.__setitem__(9, 1))
attempt("set value", lambda: e.__setitem__(0, 256))
attempt("set type", lambda: e.__setitem__(0, b"a"))
attempt("set slice", lambda: e.__setitem__(slice(0, 2), b"abc"))
attempt("set slice str", lambda: e.__setitem__(slice(0, 2), "ab"))
attempt("delete", lambda: e.__delitem__(0))
attempt("write", lambda: e.write(b"x"))
attempt("write_byte", lambda: e.write_byte(1))
attempt("read_byte", e.read_byte)
attempt("seek", lambda: e.seek(5))
attempt("whence", lambda: e.seek(0, 3))
attempt("move", lambda: e.move(2, 0, 3))
attempt("find str", lambda: e.find("a"))
attempt("read str", lambda: e.read("a"))
attempt("size", e.size)
attempt("flush range", lambda: e.flush(0, 8))
attempt("flush unaligned", lambda: e.flush(1, 2))
attempt("madvise", lambda: e.madvise(mmap.MADV_NORMAL))
attempt("madvise start", lambda: e.madvise(mmap.MADV_NORMAL, 4))
attempt("madvise length", lambda: e.madvise(mmap.MADV_NORMAL, 0, -1))
attempt("read args", lambda: e.read(1, 2))
attempt("write args", lambda: e.write(b"a", b"b"))
attempt("write_byte args", lambda: e.write_byte())
attempt("seek keywords", lambda: e.seek(pos=1))
attempt("flush", e.flush)

e.resize(8)
print(len(e), e.tell(), e[:])
attempt("resize negative", lambda: e.resize(-1))
attempt("resize empty", lambda: e.resize(0))
view = memoryview(e)
view[0] = 7
attempt("close exported", e.close)
attempt("resize exported", lambda: e.resize(2))
view.release()
print(e[0], e.close(), e.closed)

r = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
print(repr(r), repr(mmap.mmap(-1, 4, prot=mmap.PROT_READ)), repr(mmap.mmap(-1, 4, flags=mmap.MAP_PRIVATE)))
for label, action in [("ro setitem", lambda: r.__setitem__(0, 1)), ("ro write", lambda: r.write(b"a")),
                      ("ro write_byte", lambda: r.write_byte(1)), ("ro move", lambda: r.move(0, 1, 1)),
                      ("ro resize", lambda: r.resize(8)), ("ro view", lambda: memoryview(r).readonly),
                      ("ro flush", lambda: r.flush(1, 2))]:
    attempt(label, action)
copy = mmap.mmap(-1, 4, access=mmap.ACCESS_COPY)
copy[0] = 5
print(copy[:], repr(copy))
attempt("copy resize", lambda: copy.resize(8))

attempt("no arguments", lambda: mmap.mmap())
attempt("bad keyword", lambda: mmap.mmap(-1, 4, tagname="x"))
attempt("too many", lambda: mmap.mmap(-1, 1, 1, 3, 0, 0, 9))
attempt("twice", lambda: mmap.mmap(-1, 1, length=2))
attempt("float length", lambda: mmap.mmap(-1, 1.5))
attempt("negative length", lambda: mmap.mmap(-1, -1))
attempt("negative offset", lambda: mmap.mmap(-1, 4, offset=-1))
attempt("empty", lambda: mmap.mmap(-1, 0))
attempt("access", lambda: mmap.mmap(-1, 4, access=4))
attempt("access and prot", lambda: mmap.mmap(-1, 4, access=mmap.ACCESS_READ, prot=mmap.PROT_READ))
attempt("no sharing", lambda: mmap.mmap(-1, 4, flags=0))
attempt("unaligned", lambda: mmap.mmap(-1, 4, offset=3))
attempt("bad descriptor", lambda: mmap.mmap(999, 4))


class Sub(mmap.mmap):
    pass


s = Sub(-1, 3)
s.label = "sub"
print(repr(s), s[:], s.label, isinstance(s, mmap.mmap))


class Doubled(mmap.mmap):
    def __getitem__(self, index):
        return super().__getitem__(index) * 2


d = Doubled(-1, 3)
d[:] = b"abc"
print(list(d), list(reversed(d)), d[0])
