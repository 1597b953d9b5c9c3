# zlib: compress output byte for byte as CPython's (levels, raw, gzip), round trips, checksums,
# streaming objects (unused_data, unconsumed_tail, eof) and CPython's errors.
import zlib


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)



text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(2000))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(text, level)
    print(level, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == text)
print(zlib.compress(b"") .hex(), zlib.compress(b"a").hex(), zlib.compress(b"hello", 9).hex())
raw = zlib.compress(text, wbits=-15)
gz = zlib.compress(text, 9, 31)
print(len(raw), zlib.crc32(raw), len(gz), zlib.crc32(gz), gz[:10].hex())
print(zlib.decompress(raw, -15) == text, zlib.decompress(gz, 31) == text, zlib.decompress(gz, 47) == text,
      zlib.decompress(zlib.compress(text), 47) == text, zlib.decompress(zlib.compress(text), 0) == text)
print(zlib.decompress(zlib.compress(b"abc") + b"trailing"), zlib.decompress(bytearray(zlib.compress(b"xy"))))

print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"), zlib.crc32(b""))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"))
print(zlib.crc32(text), zlib.adler32(text), zlib.crc32(b"x", -1), zlib.adler32(b"x", 2**40 + 5))

c = zlib.compressobj()
stream = c.compress(text[:1000]) + c.compress(text[1000:]) + c.flush()
print(stream == zlib.compress(text), c.flush(zlib.Z_NO_FLUSH))
attempt("flush twice", c.flush)
attempt("compress after flush", c.compress, b"x")
c = zlib.compressobj(9, zlib.DEFLATED, 31)
parts = [c.compress(b"abc"), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b"def" * 100), c.flush()]
print([p.hex() for p in parts[:2]], zlib.decompress(b"".join(parts), 31))
c = zlib.compressobj(zdict=b"quick brown fox")
withdict = c.compress(b"the quick brown fox") + c.flush()
d = zlib.decompressobj(zdict=b"quick brown fox")
print(withdict.hex(), d.decompress(withdict), d.eof)

d = zlib.decompressobj()
data = zlib.compress(text) + b"EXTRA"
out = d.decompress(data[:100]) + d.decompress(data[100:])
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(zlib.compress(text), 100)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(first + rest == text, d.eof, d.flush())
d = zlib.decompressobj(wbits=31)
pieces = [d.decompress(gz[i:i + 7]) for i in range(0, len(gz), 7)]
print(b"".join(pieces) == text, d.eof, d.unused_data)
d = zlib.decompressobj()
part = d.decompress(zlib.compress(text)[:50])
print(d.eof, len(part + d.flush()) > 0)

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_FILTERED)
print(issubclass(zlib.error, Exception), type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)


attempt("garbage", zlib.decompress, b"not zlib data")
attempt("truncated", zlib.decompress, zlib.compress(text)[:-10])
attempt("corrupt", zlib.decompress, zlib.compress(b"abc")[:-1] + b"\x00")
attempt("gzip as zlib", zlib.decompress, gz)
attempt("bad gzip", zlib.decompress, b"\x1f\x8c" + gz[2:], 31)
attempt("needs dict", zlib.decompress, withdict)
attempt("level", zlib.compress, b"x", 10)
attempt("wbits", zlib.decompress, b"x", 99)
attempt("str", zlib.compress, "text")
attempt("crc str", zlib.crc32, "text")
attempt("bufsize", zlib.decompress, zlib.compress(b"a"), 15, -1)
attempt("obj level", zlib.compressobj, 12)
attempt("obj wbits", zlib.decompressobj, 99)
attempt("max_length", zlib.decompressobj().decompress, b"", -1)
attempt("stream garbage", zlib.decompressobj().decompress, b"garbage!")
attempt("float level", zlib.compress, b"x", 1.5)
attempt("data keyword", zlib.compress, data=b"abc")
attempt("no data", zlib.decompress)
attempt("compress no data", zlib.compressobj().compress)
attempt("decompress no data", zlib.decompressobj().decompress)
attempt("crc keyword", zlib.crc32, data=b"a")
attempt("data by position and name", zlib.compress, b"x", data=b"y")  # positional-only: an invalid keyword
attempt("data by name only", zlib.compress, data=b"x")
attempt("keywords", lambda: zlib.decompress(zlib.compress(b"kw" * 50, level=9, wbits=-15), wbits=-15, bufsize=1))
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc")), d.decompress(b"more"), d.unused_data, d.eof)
