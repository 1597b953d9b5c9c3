# What bz2 and lzma files share (_compression): emulated seeking from each whence (backwards, past the
# end, negative), readinto, read sizes across concatenated streams, and the mode checks' errors.
import _compression
import bz2
import io
import lzma

data = bytes(range(256)) * 40
for module in (bz2, lzma):
    blob = module.compress(data[:5000]) + module.compress(data[5000:])
    with module.open(io.BytesIO(blob)) as f:
        print(module.__name__, f.read(3), f.tell(), f.seek(100), f.read(2), f.seek(10, io.SEEK_CUR), f.tell())
        print(f.seek(-6, io.SEEK_END), f.read(), f.seek(5), f.read(1), f.seek(99999), f.read(), f.seek(-5), f.tell())
        buffer = bytearray(7)
        f.seek(4998)
        print(f.readinto(buffer), bytes(buffer), f.read(0), len(f.read(6000)), f.read(5))
        try:
            f.seek(0, 7)
        except ValueError as e:
            print("ValueError:", e)
        for action in (lambda: f.write(b"x"), lambda: f.fileno() if False else f.peek(1)[:0]):
            try:
                print(repr(action()))
            except io.UnsupportedOperation as e:
                print("UnsupportedOperation:", e)
    out = io.BytesIO()
    with module.open(out, "wb") as w:
        for action in (lambda: w.read(), lambda: w.seek(0)):
            try:
                action()
            except io.UnsupportedOperation as e:
                print("UnsupportedOperation:", e)
        print(w.write(b"abc"), w.tell())
    try:
        w.read()
    except ValueError as e:
        print("ValueError:", e)
    print(module.decompress(out.getvalue()))

raw = _compression.DecompressReader(io.BytesIO(bz2.compress(b"hello") * 2), bz2.BZ2Decompressor)
print(raw.readable(), raw.seekable(), raw.read(3), raw.seek(-2, io.SEEK_END), raw.readall(), raw.seek(1), raw.tell())
try:
    raw.seek(0, 3)
except ValueError as e:
    print("ValueError:", e)
raw.close()
print(raw.closed)
