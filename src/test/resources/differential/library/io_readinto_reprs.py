# io: readinto and readinto1 of FileIO, the buffered files and BytesIO (and the TypeError for what is
# not a writable buffer), the _io module name of the concrete classes, and the reprs of file objects.
import io
import os
import re
import tempfile


def shown(obj):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(obj))


for cls in (io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper, io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    print(cls.__name__, cls.__module__, cls)
print(shown(io.StringIO()), shown(io.BytesIO()), type(io.BytesIO()).__module__)

with tempfile.TemporaryDirectory() as base:
    path = os.path.join(base, "data.bin")
    with open(path, "wb") as f:
        print(repr(f).replace(base, "BASE"), repr(f.raw).replace(base, "BASE"))
        f.write(b"hello, world\n" * 3)
    for mode in ("r", "r+", "rb+", "ab", "wb", "xb"):
        try:
            f = open(path if mode != "xb" else path + "x", mode)
        except OSError as e:
            print(mode, type(e).__name__)
            continue
        print(mode, repr(f).replace(base, "BASE"))
        f.close()
        print(mode, repr(f).replace(base, "BASE"))
    with open(path, "w") as f:
        f.write("hello, world\n" * 3)
    with open(path, "r", encoding="latin-1") as f:
        print(repr(f).replace(base, "BASE"), repr(f.buffer).replace(base, "BASE"))
    print(repr(io.TextIOWrapper(io.BytesIO(b""))), repr(io.TextIOWrapper(io.BytesIO(b""), encoding="ascii")))
    print(repr(io.BufferedReader(io.BytesIO(b"abc"))))

    class Mine(io.BufferedReader):
        pass

    class MineRaw(io.FileIO):
        pass

    raw = MineRaw(path)
    print(repr(raw).replace(base, "BASE"), repr(Mine(raw)).replace(base, "BASE"))
    raw.close()
    print(repr(raw))

    # readinto on the raw file: one read of at most len(b) bytes
    with open(path, "rb", buffering=0) as f:
        b = bytearray(5)
        print(f.readinto(b), b, f.readinto(bytearray(100)), f.readinto(bytearray(4)), f.readinto(bytearray()))
    # buffered: readinto fills as much as it can, readinto1 takes what is buffered
    with open(path, "rb") as f:
        b = bytearray(7)
        print(f.readinto(b), b, f.readinto1(b), b, f.tell())
        big = bytearray(64)
        print(f.readinto(big), bytes(big[:12]), f.readinto(big), f.readinto1(big))
    with open(path, "r+b") as f:
        f.write(b"HE")
        b = bytearray(3)
        print(f.readinto(b), b)

bio = io.BytesIO(b"abcdefgh")
b = bytearray(3)
print(bio.readinto(b), b, bio.tell(), bio.readinto1(b), b, bio.readinto(bytearray(10)), bio.readinto(b), b)
for stream in (io.BytesIO(b"abc"), io.BufferedReader(io.BytesIO(b"abc"))):
    for method in ("readinto", "readinto1"):
        for arg in (b"xx", "xx", 5, [0, 0]):
            try:
                getattr(stream, method)(arg)
            except TypeError as e:
                print(type(stream).__name__, method, e)
closed = io.BytesIO(b"abc")
closed.close()
try:
    closed.readinto(bytearray(2))
except ValueError as e:
    print("closed", e)
