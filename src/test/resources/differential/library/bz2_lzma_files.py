"""BZ2File and LZMAFile: writing, reading whole, by line, by iteration, with seek/tell/peek, in text mode,
files of several streams, trailing garbage, truncation, and the mode and state errors."""
import bz2
import io
import lzma
import os
import tempfile

LINES = [b"record %05d: %s\n" % (i, b"x" * (i % 37)) for i in range(4000)]
DATA = b"".join(LINES)

for module, cls, extra in ((bz2, bz2.BZ2File, {"compresslevel": 5}), (lzma, lzma.LZMAFile, {"preset": 1})):
    print("==", cls.__name__)
    buf = io.BytesIO()
    with cls(buf, "w", **extra) as f:
        print(f.writable(), f.readable(), f.write(DATA[:5000]), f.write(memoryview(DATA[5000:])), f.tell())
    packed = buf.getvalue()
    print(module.decompress(packed) == DATA)

    with cls(io.BytesIO(packed)) as f:
        print(f.readable(), f.writable(), f.seekable(), f.read(20), f.tell())
        print(f.readline(), f.peek(5)[:5], f.read1(3))
        print(sum(1 for _ in f), f.tell())
        print(f.seek(100), f.read(10), f.seek(-10, io.SEEK_END), f.read(), f.seek(5, io.SEEK_CUR), f.tell())
        print(f.seek(0), f.readlines(100))
    print(f.closed)

    with cls(io.BytesIO(packed + module.compress(b"second stream\n"))) as f:
        print(f.read()[-30:])
    with cls(io.BytesIO(packed + b"\x00garbage after the data")) as f:
        print(len(f.read()))
    with cls(io.BytesIO(packed[:len(packed) // 2])) as f:
        try:
            f.read()
        except EOFError as e:
            print("EOFError", e)

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "data.bin")
        with module.open(path, "wt", encoding="utf-8") as f:
            f.write("caf\u00e9\nsecond line\n")
        with module.open(path, "rt", encoding="utf-8") as f:
            print(f.readlines())
        with module.open(path, "ab") as f:
            f.write(b"appended\n")
        with module.open(path) as f:
            print(f.read())
        with module.open(path, "rb") as f:
            print(type(f).__name__, f.read(4))
        try:
            module.open(path, "xb")
        except FileExistsError as e:
            print("FileExistsError")

    f = cls(io.BytesIO(), "w")
    for call in (lambda: f.read(), lambda: f.seek(0)):
        try:
            call()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    f.close()
    f.close()
    for call in (lambda: f.write(b"x"), lambda: f.read(), f.tell, f.readable):
        try:
            call()
        except ValueError as e:
            print("ValueError", e)
    r = cls(io.BytesIO(packed))
    try:
        r.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    r.close()
    for call in (lambda: cls(io.BytesIO(), "z"), lambda: cls(42), lambda: module.open(io.BytesIO(), "rbt"),
                 lambda: module.open(io.BytesIO(), "rb", encoding="utf-8")):
        try:
            call()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

try:
    bz2.BZ2File(io.BytesIO(), "w", compresslevel=0)
except ValueError as e:
    print("ValueError", e)
for call in (lambda: lzma.LZMAFile(io.BytesIO(), "r", check=lzma.CHECK_CRC32),
             lambda: lzma.LZMAFile(io.BytesIO(), "r", preset=3)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", format=lzma.FORMAT_ALONE) as f:
    f.write(DATA)
with lzma.LZMAFile(io.BytesIO(buf.getvalue())) as f:
    print(f.read() == DATA)
with lzma.LZMAFile(io.BytesIO(buf.getvalue()), format=lzma.FORMAT_XZ) as f:
    try:
        f.read()
    except lzma.LZMAError as e:
        print("LZMAError", e)
