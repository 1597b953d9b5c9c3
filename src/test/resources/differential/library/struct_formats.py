# struct: sizes and alignment by byte order, pack/unpack of every code, Struct objects, pack_into,
# unpack_from, iter_unpack, and struct.error's messages.
import struct

for fmt in ["@bhilqd", "=bhilqd", "<bhilqd", ">bhilqd", "!bhilqd", "ci", "@ic", "@di", "@id", "3s2x?", "5p",
            "nNP", "e f d", "0s", "", "@hq", "xxh", "10c"]:
    print(repr(fmt), struct.calcsize(fmt))

values = (-1, 2, -3, 4, -5, 0.5)
for order in "@=<>!":
    packed = struct.pack(order + "bhilqd", *values)
    print(order, packed.hex(), struct.unpack(order + "bhilqd", packed))
print(struct.pack("<BHIQ", 255, 65535, 2**32 - 1, 2**64 - 1).hex(), struct.unpack("<BHIQ", b"\xff" * 15))
print(struct.pack(">q", -2**63).hex(), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.pack("<L", 4000000000), struct.pack("@L", 2**64 - 1).hex(), struct.pack("@l", -2**63).hex())
print(struct.pack("?c3s5p", [], b"z", b"abcdef", b"hi"), struct.unpack("?c3s5p", b"\x02zabc\x09hell"))
print(struct.pack("?", 2), struct.unpack("??", b"\x00\x05"), struct.pack("4s", b"ab"), struct.pack("0p", b"abc"))
for x in [1.0, -2.5, 65504.0, 0.1, 5.960464477539063e-08, 6.103515625e-05, 1e-9, float("inf"), -0.0, 2.9e-08, 3e-08, 65519.0, 1.5e-05, 0.000123]:
    print(x, struct.pack("<e", x).hex(), struct.unpack("<e", struct.pack("<e", x)), struct.pack(">f", x).hex())
print(struct.unpack("<e", b"\x00\x7e")[0] != struct.unpack("<e", b"\x00\x7e")[0], struct.pack("<d", float("nan")).hex())
print(struct.pack("nNP", -7, 7, 0x1234).hex(), struct.unpack("nNP", struct.pack("nNP", -7, 7, 99)))
print(struct.pack("<i", True), struct.pack(b"<h", 3), struct.pack("<3b", 1, 2, 3))


class Index:
    def __index__(self):
        return 42


print(struct.pack("<i", Index()), struct.pack("<d", 3))

s = struct.Struct("<2hd")
print(s.format, s.size, s.pack(1, 2, 3.5), s.unpack(s.pack(1, 2, 3.5)), isinstance(s, struct.Struct))
print(struct.Struct(b">I").format, type(s).__name__)
buf = bytearray(20)
struct.pack_into("<I", buf, 4, 0xDEADBEEF)
s.pack_into(buf, 6, 7, 8, 0.25)
struct.pack_into(">h", buf, -2, -2)
print(buf.hex())
print(struct.unpack_from("<I", buf, 4), struct.unpack_from("<I", buf), s.unpack_from(buf, offset=2), struct.unpack_from("<h", buf, -2))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")), list(s.iter_unpack(s.pack(1, 2, 3.0) * 2)))


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


for fmt, value in [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 40000), ("<h", 40000), ("H", -1),
                   ("H", 70000), ("<H", -1), ("<H", 70000), ("i", 2**31), ("<i", -2**31 - 1), ("I", -1), ("I", 2**32),
                   ("<I", 2**32), ("<I", -1), ("l", 2**63), ("<l", 2**31), ("L", -1), ("<L", 2**32), ("q", 2**63),
                   ("Q", -1), ("Q", 2**64), ("n", 2**63), ("N", -1), ("i", 1.5), ("i", "1"), ("d", "x"), ("f", 1e300),
                   ("<f", 1e300), ("<f", -1e39), ("B", 2**64), ("e", 1e6), ("e", 65520.0), ("c", b"ab"), ("c", 1), ("s", "str"), ("p", 5), ("<q", 2**64)]:
    attempt("pack " + fmt + " " + repr(value), struct.pack, fmt, value)
attempt("count few", struct.pack, "<hh", 1)
attempt("count many", struct.pack, "<h", 1, 2)
attempt("bad char", struct.calcsize, "<n")
attempt("bad char 2", struct.calcsize, "y")
attempt("repeat", struct.calcsize, "12")
attempt("fmt type", struct.pack, 5)
attempt("unpack size", struct.unpack, "<i", b"abc")
attempt("unpack str", struct.unpack, "<i", "abcd")
attempt("unpack_from", struct.unpack_from, "<i", b"abcdef", 4)
attempt("unpack_from neg", struct.unpack_from, "<i", b"abcdef", -10)
attempt("pack_into bytes", struct.pack_into, "<i", b"12345678", 0, 1)
attempt("pack_into short", struct.pack_into, "<i", bytearray(6), 4, 1)
attempt("pack_into neg", struct.pack_into, "<i", bytearray(6), -2, 1)
attempt("iter multiple", struct.iter_unpack, "<i", b"abcdef")
attempt("iter zero", struct.iter_unpack, "", b"")
attempt("no args", struct.pack)
print(issubclass(struct.error, Exception), struct.error.__module__)
attempt("pack_into none", struct.pack_into)
attempt("pack_into buffer", struct.pack_into, "<i")
attempt("pack_into offset", struct.pack_into, "<i", bytearray(4))
attempt("Struct.pack_into", struct.Struct("<i").pack_into, bytearray(4))
attempt("Struct.pack count", struct.Struct("<i").pack)
attempt("Struct.unpack size", struct.Struct("<i").unpack, b"")
attempt("unpack args", struct.unpack, "<i")
print(repr(struct.Struct("<i")).split(" at ")[0], struct.Struct("i").size)
